;; A fungible token with a capped supply: anyone mints, and counts are written before the
;; token functions, so that a failed mint or transfer has something to roll back.
(define-fungible-token tok u1000000)
(define-data-var mints uint u0)
(define-data-var transfers uint u0)

(define-public (mint (amount uint) (to principal))
  (begin
    (var-set mints (+ (var-get mints) u1))
    (ft-mint? tok amount to)))

(define-public (transfer (amount uint) (to principal))
  (begin
    (var-set transfers (+ (var-get transfers) u1))
    (ft-transfer? tok amount tx-sender to)))
