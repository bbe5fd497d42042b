(define-public (1) (ok u1))
