;; Small pure functions; safe-sub has a planted bug: it swaps its arguments when b > a.
(define-read-only (safe-sub (a uint) (b uint))
  (if (>= a b) (- a b) (- b a)))

(define-read-only (div-floor (a int) (d int))
  (/ a d))

(define-read-only (halve-all (xs (list 10 uint)))
  (map half xs))

(define-private (half (x uint))
  (/ x u2))
