;; A capped fungible token with an owner who mints, and holders who move or
;; burn their own coins. ft-transfer? does not check who asks: the contract
;; does (asserts! on tx-sender).
(define-constant owner tx-sender)
(define-constant err-not-owner (err u100))
(define-constant err-not-sender (err u101))

(define-fungible-token gold u1000000)
(define-fungible-token dust)

(define-public (mint (amount uint) (to principal))
  (begin
    (asserts! (is-eq tx-sender owner) err-not-owner)
    (ft-mint? gold amount to)))

(define-public (transfer (amount uint) (from principal) (to principal))
  (begin
    (asserts! (is-eq tx-sender from) err-not-sender)
    (ft-transfer? gold amount from to)))

;; no authorisation at all: shows that ft-transfer? itself moves anyone's coins
(define-public (transfer-unchecked (amount uint) (from principal) (to principal))
  (ft-transfer? gold amount from to))

(define-public (burn (amount uint))
  (ft-burn? gold amount tx-sender))

(define-public (burn-from (amount uint) (from principal))
  (ft-burn? gold amount from))

(define-public (mint-dust (amount uint))
  (ft-mint? dust amount tx-sender))

(define-public (burn-dust (amount uint))
  (ft-burn? dust amount tx-sender))

;; the whole u128 range twice in one transaction: the outflow sum overflows
(define-public (dust-cycle (amount uint))
  (begin
    (try! (ft-mint? dust amount tx-sender))
    (try! (ft-burn? dust amount tx-sender))
    (try! (ft-mint? dust amount tx-sender))
    (ft-burn? dust amount tx-sender)))

(define-read-only (balance-of (who principal)) (ft-get-balance gold who))
(define-read-only (supply) (ft-get-supply gold))
(define-read-only (dust-supply) (ft-get-supply dust))
(define-read-only (summary (who principal))
  {balance: (ft-get-balance gold who), dust: (ft-get-balance dust who), supply: (ft-get-supply gold)})
