(define-read-only (f) u"\u{41")
