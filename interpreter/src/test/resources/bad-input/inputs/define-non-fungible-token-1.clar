(define-non-fungible-token)
