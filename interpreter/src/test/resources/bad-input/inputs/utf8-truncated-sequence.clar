(define-read-only (f) u1)
â‚