(define-trait t)
