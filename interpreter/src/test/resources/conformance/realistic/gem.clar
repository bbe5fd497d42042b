;; A second token of the same trait, uncapped, where anyone may mint to
;; themselves once per call, and whose transfer refuses amounts over a limit
;; after it has already moved and printed (so the caller sees a late err).
(impl-trait 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.ft-trait.fungible-token)

(define-fungible-token gem)
(define-data-var transfers uint u0)

(define-public (faucet (amount uint))
  (ft-mint? gem amount tx-sender))

(define-public (transfer (amount uint) (sender principal) (recipient principal) (memo (optional (buff 34))))
  (begin
    (asserts! (is-eq tx-sender sender) (err u4))
    (try! (ft-transfer? gem amount sender recipient))
    (var-set transfers (+ (var-get transfers) u1))
    (print {gem-transfer: amount, memo: memo, count: (var-get transfers)})
    (asserts! (<= amount u500) (err u77))
    (ok true)))

(define-read-only (transfer-count) (var-get transfers))
(define-read-only (get-name) (ok "Gem"))
(define-read-only (get-symbol) (ok "GEM"))
(define-read-only (get-decimals) (ok u0))
(define-read-only (get-balance (who principal)) (ok (ft-get-balance gem who)))
(define-read-only (get-total-supply) (ok (ft-get-supply gem)))
(define-read-only (get-token-uri) (ok none))
