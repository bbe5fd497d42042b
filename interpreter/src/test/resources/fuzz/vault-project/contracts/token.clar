;; A token that anyone can mint a little of.
(define-fungible-token tok)

(define-public (mint (amount uint))
  (begin
    (asserts! (<= amount u1000) (err u1))
    (ft-mint? tok amount tx-sender)))

(define-public (transfer (amount uint) (sender principal) (recipient principal))
  (begin
    (asserts! (is-eq tx-sender sender) (err u2))
    (ft-transfer? tok amount sender recipient)))

(define-read-only (balance-of (who principal))
  (ft-get-balance tok who))
