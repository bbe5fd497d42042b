(define-public (f (x)) (ok x))
