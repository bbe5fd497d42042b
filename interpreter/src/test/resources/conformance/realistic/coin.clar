;; A capped fungible token with an owner who mints, and holders who transfer
;; (with a memo that is printed) and burn.
(impl-trait .ft-trait.fungible-token)

(define-fungible-token coin u1000000)
(define-constant owner tx-sender)
(define-constant err-owner-only (err u100))
(define-constant err-not-holder (err u101))
(define-constant err-zero (err u102))

(define-data-var token-uri (optional (string-utf8 256)) (some u"https://example.test/coin.json"))
(define-map minters principal bool)

(define-read-only (is-minter (who principal))
  (or (is-eq who owner) (default-to false (map-get? minters who))))

(define-public (set-minter (who principal) (allowed bool))
  (begin
    (asserts! (is-eq tx-sender owner) err-owner-only)
    (ok (map-set minters who allowed))))

(define-public (transfer (amount uint) (sender principal) (recipient principal) (memo (optional (buff 34))))
  (begin
    (asserts! (or (is-eq tx-sender sender) (is-eq contract-caller sender)) err-not-holder)
    (asserts! (> amount u0) err-zero)
    (try! (ft-transfer? coin amount sender recipient))
    (match memo text (print text) 0x)
    (ok true)))

(define-public (mint (amount uint) (recipient principal))
  (begin
    (asserts! (is-minter contract-caller) err-owner-only)
    (ft-mint? coin amount recipient)))

(define-public (burn (amount uint))
  (begin
    (try! (ft-burn? coin amount tx-sender))
    (print {event: "burn", who: tx-sender, amount: amount, supply: (ft-get-supply coin)})
    (ok (ft-get-supply coin))))

(define-public (set-token-uri (uri (optional (string-utf8 256))))
  (begin
    (asserts! (is-eq tx-sender owner) err-owner-only)
    (ok (var-set token-uri uri))))

(define-read-only (get-name) (ok "Coin"))
(define-read-only (get-symbol) (ok "COIN"))
(define-read-only (get-decimals) (ok u6))
(define-read-only (get-balance (who principal)) (ok (ft-get-balance coin who)))
(define-read-only (get-total-supply) (ok (ft-get-supply coin)))
(define-read-only (get-token-uri) (ok (var-get token-uri)))
