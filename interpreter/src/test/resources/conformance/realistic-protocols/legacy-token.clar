;; A SIP-010 token as the first wrapped tokens were written, in Clarity 1:
;; an uncapped supply minted by the owner, transfers that check only
;; tx-sender, a vesting grant released by block height through as-contract,
;; and whether the grant's block has a time, asked with get-block-info?.
(impl-trait .sip010-trait.sip-010-trait)

(define-fungible-token wrapped)
(define-constant owner tx-sender)
(define-constant err-owner-only (err u100))
(define-constant err-not-sender (err u101))
(define-constant err-no-grant (err u102))
(define-constant err-nothing-vested (err u103))

(define-map grants principal {total: uint, claimed: uint, start: uint, duration: uint})

(define-read-only (get-name) (ok "Wrapped Legacy"))
(define-read-only (get-symbol) (ok "wLEG"))
(define-read-only (get-decimals) (ok u8))
(define-read-only (get-balance (who principal)) (ok (ft-get-balance wrapped who)))
(define-read-only (get-total-supply) (ok (ft-get-supply wrapped)))
(define-read-only (get-token-uri) (ok (some u"https://legacy.example/token.json")))

(define-public (transfer (amount uint) (sender principal) (recipient principal) (memo (optional (buff 34))))
  (begin
    (asserts! (is-eq tx-sender sender) err-not-sender)
    (try! (ft-transfer? wrapped amount sender recipient))
    (print memo)
    (ok true)))

(define-public (mint (amount uint) (recipient principal))
  (begin
    (asserts! (is-eq tx-sender owner) err-owner-only)
    (ft-mint? wrapped amount recipient)))

(define-read-only (vested (who principal))
  (match (map-get? grants who)
    g (let ((elapsed (- block-height (get start g))))
        (if (>= elapsed (get duration g))
          (get total g)
          (/ (* (get total g) elapsed) (get duration g))))
    u0))

(define-read-only (grant-info (who principal))
  (match (map-get? grants who)
    g (some {grant: g, vested: (vested who), height: block-height,
             ;; the simulated chain stamps blocks with the wall clock: only whether it knows the time is stable
             start-time-known: (is-some (get-block-info? time (get start g)))})
    none))

(define-public (grant (who principal) (total uint) (duration uint))
  (begin
    (asserts! (is-eq tx-sender owner) err-owner-only)
    (try! (ft-mint? wrapped total (as-contract tx-sender)))
    (map-set grants who {total: total, claimed: u0, start: block-height, duration: duration})
    (ok block-height)))

(define-public (claim)
  (let ((g (unwrap! (map-get? grants tx-sender) err-no-grant))
        (who tx-sender)
        (amount (- (vested tx-sender) (get claimed g))))
    (asserts! (> amount u0) err-nothing-vested)
    (map-set grants who (merge g {claimed: (+ (get claimed g) amount)}))
    (try! (as-contract (ft-transfer? wrapped amount tx-sender who)))
    (ok amount)))
