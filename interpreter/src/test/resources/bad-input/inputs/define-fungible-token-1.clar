(define-fungible-token)
