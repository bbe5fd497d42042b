(define-private ("f") u1)
