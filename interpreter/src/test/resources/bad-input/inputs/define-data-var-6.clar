(define-data-var v (list int) (list 1))
