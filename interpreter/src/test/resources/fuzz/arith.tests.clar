;; fails: safe-sub a b is larger than a when b > a
(define-public (test-safe-sub-not-above (a uint) (b uint))
  (begin
    (asserts! (<= (safe-sub a b) a) (err u1))
    (ok true)))

;; would divide by zero, or overflow (the least int by -1), without its discard function
(define-read-only (can-test-div-floor (a int) (d int))
  (> d 0))

(define-public (test-div-floor (a int) (d int))
  (begin
    (asserts! (is-eq (div-floor a d) (/ a d)) (err u2))
    (ok true)))

;; discards in place the lists it cannot use
(define-public (test-halve-all (xs (list 10 uint)))
  (if (is-eq (len xs) u0)
      (ok false)
      (begin
        (asserts! (is-eq (len (halve-all xs)) (len xs)) (err u3))
        (ok true))))
