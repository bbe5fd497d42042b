(define-read-only (f) 0xzz)
