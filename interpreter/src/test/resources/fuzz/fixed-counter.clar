;; The counter without its bug.
(define-data-var count uint u0)

(define-public (increment)
  (begin
    (var-set count (+ (var-get count) u1))
    (ok (var-get count))))

(define-public (decrement)
  (begin
    (asserts! (> (var-get count) u0) (err u1))
    (var-set count (- (var-get count) u1))
    (ok (var-get count))))

(define-public (add (n uint))
  (begin
    (asserts! (<= n u5) (err u4))
    (var-set count (+ (var-get count) n))
    (ok (var-get count))))
