(define-trait)
