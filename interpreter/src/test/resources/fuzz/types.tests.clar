;; takes every kind of argument, passes whatever it gets
(define-public (test-takes-everything (a int) (b uint) (c bool) (d principal) (e (buff 4)) (f (string-ascii 5))
                                      (g (string-utf8 3)) (h (optional uint)) (i (response int bool))
                                      (j (list 3 { x: int, y: (list 2 (buff 2)) })))
  (ok (echo a b c d e f g h i j)))

;; long sequences: the full-length boundary up to 1024, never more than 32 items at random
(define-public (test-long (k (buff 1024)) (l (string-ascii 2000)) (m (list 200 uint)))
  (ok true))
