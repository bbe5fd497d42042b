(define-read-only (f) {a:})
