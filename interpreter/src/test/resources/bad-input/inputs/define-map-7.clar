(define-map m 1 int)
