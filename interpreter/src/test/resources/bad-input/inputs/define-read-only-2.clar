(define-read-only (f))
