(define-map (m) int int)
