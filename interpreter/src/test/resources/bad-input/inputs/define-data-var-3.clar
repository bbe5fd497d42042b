(define-data-var v int 1 2)
