(define-read-only (f) [1])
