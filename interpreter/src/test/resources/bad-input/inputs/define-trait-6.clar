(define-trait t ((f)))
