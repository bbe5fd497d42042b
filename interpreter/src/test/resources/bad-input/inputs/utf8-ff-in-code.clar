(define-read-only (f) ÿ)
