(define-fungible-token t "a")
