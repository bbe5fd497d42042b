;; A treasury that holds STX and its own tokens, and pays out with as-contract?:
;; inside, tx-sender and contract-caller are the contract, and the allowances
;; guard the contract's own assets. The allowances are evaluated before the
;; body, as the caller.
(define-fungible-token share)
(define-non-fungible-token deed uint)
(define-constant admin tx-sender)

(define-public (fund (amount uint))
  (stx-transfer? amount tx-sender current-contract))

(define-public (stock (shares uint) (deed-id uint))
  (begin
    (try! (ft-mint? share shares current-contract))
    (nft-mint? deed deed-id current-contract)))

(define-public (who-am-i)
  (as-contract? () {sender: tx-sender, caller: contract-caller, contract: current-contract}))

(define-public (pay (limit uint) (amount uint) (to principal))
  (as-contract? ((with-stx limit))
    (unwrap-panic (stx-transfer? amount tx-sender to))))

;; the recipient is read before as-contract? changes tx-sender
(define-public (pay-me (amount uint))
  (let ((me tx-sender))
    (as-contract? ((with-stx amount))
      (unwrap-panic (stx-transfer? amount tx-sender me)))))

(define-public (pay-without-allowance (amount uint))
  (let ((me tx-sender))
    (as-contract? ()
      (unwrap-panic (stx-transfer? amount tx-sender me)))))

(define-public (distribute (limit uint) (shares uint) (deed-id uint) (to principal))
  (as-contract? ((with-ft current-contract "share" limit) (with-nft current-contract "deed" (list u1 u2)))
    (unwrap-panic (ft-transfer? share shares tx-sender to))
    (unwrap-panic (nft-transfer? deed deed-id tx-sender to))))

;; only for the admin: everything may move
(define-public (sweep (to principal))
  (begin
    (asserts! (is-eq tx-sender admin) (err u401))
    (try! (as-contract? ((with-all-assets-unsafe))
      (unwrap-panic (stx-transfer? (stx-get-balance tx-sender) tx-sender to))
      (unwrap-panic (ft-transfer? share (ft-get-balance share tx-sender) tx-sender to))))
    (ok true)))

;; a body that moves nothing passes any allowance list, even an empty one
(define-public (own-balance)
  (as-contract? ()
    (stx-get-balance tx-sender)))

(define-read-only (reserves)
  {stx: (stx-get-balance current-contract), shares: (ft-get-balance share current-contract), deed-1: (nft-get-owner? deed u1)})
(define-read-only (inspect)
  (as-contract? () tx-sender))
