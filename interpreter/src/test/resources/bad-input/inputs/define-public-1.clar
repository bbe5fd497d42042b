(define-public)
