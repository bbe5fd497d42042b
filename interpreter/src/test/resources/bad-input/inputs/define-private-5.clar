(define-private (f (x int int)) x)
