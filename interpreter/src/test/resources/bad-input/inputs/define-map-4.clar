(define-map m int int int)
