;; A plain SIP-010 token with an open faucet, deployed under several names
;; as the assets of the swap pools.
(impl-trait .sip010-trait.sip-010-trait)
(define-fungible-token unit)

(define-read-only (get-name) (ok "Swap Unit"))
(define-read-only (get-symbol) (ok "UNIT"))
(define-read-only (get-decimals) (ok u6))
(define-read-only (get-balance (who principal)) (ok (ft-get-balance unit who)))
(define-read-only (get-total-supply) (ok (ft-get-supply unit)))
(define-read-only (get-token-uri) (ok none))

(define-public (transfer (amount uint) (sender principal) (recipient principal) (memo (optional (buff 34))))
  (begin
    (asserts! (or (is-eq tx-sender sender) (is-eq contract-caller sender)) (err u4))
    (ft-transfer? unit amount sender recipient)))

(define-public (faucet (amount uint))
  (begin
    (asserts! (<= amount u1000000000000) (err u5))
    (ft-mint? unit amount tx-sender)))
