(define-read-only (f) í €)
