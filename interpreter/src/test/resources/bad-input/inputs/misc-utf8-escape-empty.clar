(define-read-only (f) u"\u{}")
