(define-read-only)
