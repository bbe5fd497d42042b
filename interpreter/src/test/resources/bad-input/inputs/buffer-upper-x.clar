(define-read-only (f) 0X12)
