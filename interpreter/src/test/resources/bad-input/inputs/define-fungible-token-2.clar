(define-fungible-token t u1 u2)
