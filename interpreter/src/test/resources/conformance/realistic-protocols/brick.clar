;; A SIP-010 token with a capped supply, minters with allowances set by the
;; owner, a pause switch, memos printed on transfer, batch sends folded over a
;; list (one failing entry undoes the batch), and a metadata-update notice.
(impl-trait .sip010-trait.sip-010-trait)

(define-fungible-token brick u1000000000000)

(define-constant contract-owner tx-sender)
(define-constant err-owner-only (err u100))
(define-constant err-not-token-owner (err u101))
(define-constant err-not-minter (err u102))
(define-constant err-paused (err u103))
(define-constant err-zero (err u104))

(define-data-var token-uri (optional (string-utf8 256)) none)
(define-data-var paused bool false)
(define-map minters principal uint)

(define-read-only (get-name) (ok "Brick"))
(define-read-only (get-symbol) (ok "BRK"))
(define-read-only (get-decimals) (ok u6))
(define-read-only (get-balance (who principal)) (ok (ft-get-balance brick who)))
(define-read-only (get-total-supply) (ok (ft-get-supply brick)))
(define-read-only (get-token-uri) (ok (var-get token-uri)))
(define-read-only (get-allowance (who principal)) (default-to u0 (map-get? minters who)))
(define-read-only (is-paused) (var-get paused))

(define-public (transfer (amount uint) (sender principal) (recipient principal) (memo (optional (buff 34))))
  (begin
    (asserts! (not (var-get paused)) err-paused)
    (asserts! (or (is-eq tx-sender sender) (is-eq contract-caller sender)) err-not-token-owner)
    (try! (ft-transfer? brick amount sender recipient))
    (match memo note (print note) 0x)
    (ok true)))

(define-public (set-minter (who principal) (allowance uint))
  (begin
    (asserts! (is-eq tx-sender contract-owner) err-owner-only)
    (print {event: "set-minter", minter: who, allowance: allowance})
    (ok (map-set minters who allowance))))

(define-public (mint (amount uint) (recipient principal))
  (let ((allowance (get-allowance tx-sender)))
    (asserts! (> amount u0) err-zero)
    (asserts! (>= allowance amount) err-not-minter)
    (map-set minters tx-sender (- allowance amount))
    (ft-mint? brick amount recipient)))

(define-public (burn (amount uint))
  (begin
    (asserts! (> amount u0) err-zero)
    (ft-burn? brick amount tx-sender)))

(define-public (set-paused (value bool))
  (begin
    (asserts! (is-eq tx-sender contract-owner) err-owner-only)
    (ok (var-set paused value))))

(define-public (set-token-uri (uri (string-utf8 256)))
  (begin
    (asserts! (is-eq tx-sender contract-owner) err-owner-only)
    (var-set token-uri (some uri))
    (print {notification: "token-metadata-update",
            payload: {token-class: "ft", contract-id: current-contract}})
    (ok true)))

(define-private (send-one (entry {to: principal, amount: uint, memo: (optional (buff 34))})
                          (prior (response bool uint)))
  (match prior
    done (transfer (get amount entry) tx-sender (get to entry) (get memo entry))
    failed prior))

(define-public (send-many (entries (list 20 {to: principal, amount: uint, memo: (optional (buff 34))})))
  (fold send-one entries (ok true)))
