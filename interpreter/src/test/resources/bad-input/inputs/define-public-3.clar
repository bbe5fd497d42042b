(define-public (f) (ok u1) (ok u2))
