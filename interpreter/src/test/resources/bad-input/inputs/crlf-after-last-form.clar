(define-read-only (f) u1)
