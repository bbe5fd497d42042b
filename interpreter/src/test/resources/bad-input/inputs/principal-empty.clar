(define-read-only (f) ')
