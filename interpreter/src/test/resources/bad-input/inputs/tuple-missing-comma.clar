(define-read-only (f) {a: 1 b: 2})
