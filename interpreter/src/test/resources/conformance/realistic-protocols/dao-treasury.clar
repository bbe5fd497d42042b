;; The treasury: an extension holding STX. Anyone deposits; the DAO (or an
;; extension) pays out, under as-contract? allowances that name the amount.
(impl-trait .dao-traits.extension-trait)

(define-constant err-unauthorised (err u4000))

(define-private (is-dao-or-extension)
  (ok (asserts! (or (is-eq tx-sender .dao-core) (contract-call? .dao-core is-extension contract-caller)) err-unauthorised)))

(define-read-only (get-balance) (stx-get-balance current-contract))

(define-public (deposit (amount uint))
  (stx-transfer? amount tx-sender current-contract))

(define-public (transfer-stx (amount uint) (recipient principal))
  (begin
    (try! (is-dao-or-extension))
    (print {event: "treasury-transfer", amount: amount, recipient: recipient})
    (as-contract? ((with-stx amount))
      (try! (stx-transfer? amount tx-sender recipient)))))

;; pays everything out but allows only a fixed amount: a larger balance fails
(define-public (sweep (recipient principal))
  (begin
    (try! (is-dao-or-extension))
    (as-contract? ((with-stx u1000000))
      (try! (stx-transfer? (stx-get-balance current-contract) tx-sender recipient)))))

(define-public (callback (sender principal) (memo (buff 34))) (ok true))
