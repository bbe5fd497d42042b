(define-private)
