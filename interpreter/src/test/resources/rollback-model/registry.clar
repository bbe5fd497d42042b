;; A map-based registry whose functions fail in every way after writing:
;; asserts!, unwrap!, unwrap-panic, overflow and division by zero.
(define-map names { name: uint } { owner: principal, score: uint })
(define-data-var count uint u0)

(define-public (register (name uint) (score uint))
  (begin
    (var-set count (+ (var-get count) u1))
    (asserts! (map-insert names { name: name } { owner: tx-sender, score: score }) (err u100))
    (ok true)))

(define-public (bump (name uint) (by uint))
  (let ((e (unwrap! (map-get? names { name: name }) (err u101))))
    (var-set count (+ (var-get count) u1))
    (asserts! (is-eq (get owner e) tx-sender) (err u102))
    (map-set names { name: name } (merge e { score: u0 }))
    ;; overflows past u128
    (map-set names { name: name } (merge e { score: (+ (get score e) by) }))
    (ok true)))

(define-public (divide (name uint) (d uint))
  (let ((e (unwrap! (map-get? names { name: name }) (err u101))))
    (map-set names { name: name } (merge e { score: u0 }))
    ;; divides by zero when d is u0
    (map-set names { name: name } (merge e { score: (/ (get score e) d) }))
    (ok true)))

(define-public (release (name uint))
  (let ((e (unwrap! (map-get? names { name: name }) (err u101))))
    (map-delete names { name: name })
    (asserts! (is-eq (get owner e) tx-sender) (err u102))
    (ok true)))

(define-public (take (name uint))
  (begin
    (var-set count (+ (var-get count) u1))
    (ok (get score (unwrap-panic (map-get? names { name: name }))))))
