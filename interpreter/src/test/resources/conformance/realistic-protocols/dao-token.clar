;; The governance token: an extension of the DAO. Only the DAO or one of its
;; extensions mints and burns; holders transfer as usual.
(impl-trait .dao-traits.extension-trait)
(define-fungible-token gov)

(define-constant err-unauthorised (err u3000))
(define-constant err-not-token-owner (err u3001))

(define-private (is-dao-or-extension)
  (ok (asserts! (or (is-eq tx-sender .dao-core) (contract-call? .dao-core is-extension contract-caller)) err-unauthorised)))

(define-read-only (get-balance (who principal)) (ok (ft-get-balance gov who)))
(define-read-only (get-total-supply) (ok (ft-get-supply gov)))

(define-public (transfer (amount uint) (sender principal) (recipient principal) (memo (optional (buff 34))))
  (begin
    (asserts! (or (is-eq tx-sender sender) (is-eq contract-caller sender)) err-not-token-owner)
    (ft-transfer? gov amount sender recipient)))

(define-public (dao-mint (amount uint) (recipient principal))
  (begin
    (try! (is-dao-or-extension))
    (ft-mint? gov amount recipient)))

(define-public (dao-burn (amount uint) (owner principal))
  (begin
    (try! (is-dao-or-extension))
    (ft-burn? gov amount owner)))

(define-public (callback (sender principal) (memo (buff 34))) (ok true))
