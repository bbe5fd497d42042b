(define-read-only (f) {})
