(define-map m int)
