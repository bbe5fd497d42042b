(define-non-fungible-token n 1)
