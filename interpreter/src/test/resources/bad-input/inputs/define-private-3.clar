(define-private (f) u1 u2)
