(define-read-only (f) u"abc)
