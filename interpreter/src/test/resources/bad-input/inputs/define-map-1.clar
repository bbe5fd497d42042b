(define-map)
