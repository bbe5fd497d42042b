(define-fungible-token t 1)
