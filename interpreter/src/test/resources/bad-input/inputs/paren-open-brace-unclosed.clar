(define-read-only (f) {a: 1
