(define-constant c 1 2)
