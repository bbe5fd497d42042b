(define-read-only (f) "abc)
