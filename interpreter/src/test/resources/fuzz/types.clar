;; A function of every kind of parameter the fuzzer makes arguments for.
(define-read-only (echo (a int) (b uint) (c bool) (d principal) (e (buff 4)) (f (string-ascii 5))
                        (g (string-utf8 3)) (h (optional uint)) (i (response int bool))
                        (j (list 3 { x: int, y: (list 2 (buff 2)) })))
  true)
