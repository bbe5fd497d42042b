(define-read-only (f) 'ST1PQ)
