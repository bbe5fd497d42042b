(define-public f (ok u1))
