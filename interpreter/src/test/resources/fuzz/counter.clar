;; A counter with a planted bug: once locked with the count at 2, an increment adds 10.
(define-data-var count uint u0)
(define-data-var locked bool false)

(define-public (increment)
  (let ((step (if (and (var-get locked) (is-eq (var-get count) u2)) u10 u1)))
    (var-set count (+ (var-get count) step))
    (ok (var-get count))))

(define-public (decrement)
  (begin
    (asserts! (> (var-get count) u0) (err u1))
    (var-set count (- (var-get count) u1))
    (ok (var-get count))))

(define-public (lock)
  (begin
    (asserts! (not (var-get locked)) (err u2))
    (ok (var-set locked true))))

(define-public (unlock)
  (begin
    (asserts! (var-get locked) (err u3))
    (ok (var-set locked false))))

(define-public (add (n uint))
  (begin
    (asserts! (<= n u5) (err u4))
    (var-set count (+ (var-get count) n))
    (ok (var-get count))))

(define-read-only (get-count)
  (var-get count))
