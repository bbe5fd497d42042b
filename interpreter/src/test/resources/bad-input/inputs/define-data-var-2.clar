(define-data-var v int)
