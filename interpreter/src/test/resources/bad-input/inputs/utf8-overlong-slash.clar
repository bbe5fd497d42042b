(define-read-only (f) À¯)
