(define-constant)
