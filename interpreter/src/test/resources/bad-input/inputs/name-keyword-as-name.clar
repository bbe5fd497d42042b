(define-constant tx-sender 1)
