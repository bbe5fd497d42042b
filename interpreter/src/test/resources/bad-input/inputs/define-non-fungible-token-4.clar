(define-non-fungible-token (n) int)
