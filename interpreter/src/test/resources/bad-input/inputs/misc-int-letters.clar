(define-read-only (f) 12ab)
