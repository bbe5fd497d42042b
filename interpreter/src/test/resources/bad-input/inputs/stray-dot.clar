(define-read-only (f) .)
