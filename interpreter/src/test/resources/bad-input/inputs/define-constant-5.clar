(define-constant 1 1)
