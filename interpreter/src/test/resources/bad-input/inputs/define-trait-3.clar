(define-trait t ((f () (response int int))) 1)
