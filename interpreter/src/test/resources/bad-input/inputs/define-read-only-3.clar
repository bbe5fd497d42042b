(define-read-only (f) u1 u2)
