(define-read-only (f) €)
