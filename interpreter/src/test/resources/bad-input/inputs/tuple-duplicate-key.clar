(define-read-only (f) {a: 1, a: 2})
