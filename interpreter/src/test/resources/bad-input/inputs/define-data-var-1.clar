(define-data-var)
