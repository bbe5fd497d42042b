(define-private (f))
