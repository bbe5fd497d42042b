(define-read-only (f) u"\u{110000}")
