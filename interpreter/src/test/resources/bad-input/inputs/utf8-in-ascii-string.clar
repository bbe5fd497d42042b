(define-read-only (f) "aÿb")
