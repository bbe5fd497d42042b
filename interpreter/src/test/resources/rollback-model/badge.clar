;; A non-fungible token: claiming counts first, so a claim of a taken badge rolls the count back.
(define-non-fungible-token badge uint)
(define-data-var claims uint u0)

(define-public (claim (id uint))
  (begin
    (var-set claims (+ (var-get claims) u1))
    (nft-mint? badge id tx-sender)))

(define-public (give (id uint) (to principal))
  (begin
    (var-set claims (+ (var-get claims) u1))
    (nft-transfer? badge id tx-sender to)))
