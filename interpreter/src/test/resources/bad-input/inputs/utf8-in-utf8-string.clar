(define-read-only (f) u"aÿb")
