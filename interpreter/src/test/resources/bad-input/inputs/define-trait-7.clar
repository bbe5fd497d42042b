(define-trait t ((f (int))))
