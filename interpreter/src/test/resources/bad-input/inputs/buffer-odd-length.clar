(define-read-only (f) 0x123)
