(define-fungible-token (t))
