(define-trait (t) ())
