(define-read-only (f) @)
