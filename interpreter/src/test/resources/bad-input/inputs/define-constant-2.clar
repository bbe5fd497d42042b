(define-constant c)
