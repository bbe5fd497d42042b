(define-trait t 1)
