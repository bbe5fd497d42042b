(define-map m)
