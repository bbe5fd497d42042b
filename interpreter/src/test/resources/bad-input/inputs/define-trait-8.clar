(define-trait t ((1 () (response int int))))
