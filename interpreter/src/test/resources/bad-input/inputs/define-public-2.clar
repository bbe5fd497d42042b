(define-public (f))
