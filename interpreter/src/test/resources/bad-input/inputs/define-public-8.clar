(define-public (f (x int) (x int)) (ok x))
