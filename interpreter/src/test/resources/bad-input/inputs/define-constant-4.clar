(define-constant (c) 1)
