(define-read-only (f) (+(+ 1 2) 3))
