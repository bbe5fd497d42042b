(define-non-fungible-token n)
