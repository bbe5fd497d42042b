(define-read-only (f) 0x12g4)
