(define-read-only (f) "a\qb")
