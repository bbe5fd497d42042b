(define-data-var v 1 int)
