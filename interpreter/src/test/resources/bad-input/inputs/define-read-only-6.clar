(define-read-only (f (1 int)) u1)
