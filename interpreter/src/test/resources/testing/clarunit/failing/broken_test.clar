(define-public (test-x) (ok (+ 1 u1)))
