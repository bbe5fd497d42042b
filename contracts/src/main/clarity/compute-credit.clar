;; compute-credit: a fungible token with the interface of SIP-010 (the Stacks fungible-token
;; standard): transfer with an optional memo, name, symbol, decimals, balance, supply, token URI.
;; The deployer mints; holders burn their own credits. Supply is capped at one billion credits
;; of six decimals.
;;
;; A token listed on mainnet would also declare (impl-trait <the deployed SIP-010 trait>);
;; this example stands alone.

(define-fungible-token compute-credit u1000000000000000)

(define-constant CONTRACT-OWNER tx-sender)
(define-constant ERR-OWNER-ONLY (err u100))
(define-constant ERR-NOT-TOKEN-OWNER (err u101))

(define-data-var token-uri (optional (string-utf8 256)) (some u"https://example.org/compute-credit.json"))

;; --- SIP-010 -----------------------------------------------------------------

(define-public (transfer (amount uint) (sender principal) (recipient principal) (memo (optional (buff 34))))
  (begin
    (asserts! (is-eq tx-sender sender) ERR-NOT-TOKEN-OWNER)
    (try! (ft-transfer? compute-credit amount sender recipient))
    (match memo note (print note) 0x)
    (ok true)))

(define-read-only (get-name)
  (ok "Compute Credit"))

(define-read-only (get-symbol)
  (ok "CCR"))

(define-read-only (get-decimals)
  (ok u6))

(define-read-only (get-balance (who principal))
  (ok (ft-get-balance compute-credit who)))

(define-read-only (get-total-supply)
  (ok (ft-get-supply compute-credit)))

(define-read-only (get-token-uri)
  (ok (var-get token-uri)))

;; --- administration ----------------------------------------------------------

(define-public (mint (amount uint) (recipient principal))
  (begin
    (asserts! (is-eq tx-sender CONTRACT-OWNER) ERR-OWNER-ONLY)
    (ft-mint? compute-credit amount recipient)))

(define-public (burn (amount uint))
  (ft-burn? compute-credit amount tx-sender))

(define-public (set-token-uri (uri (optional (string-utf8 256))))
  (begin
    (asserts! (is-eq tx-sender CONTRACT-OWNER) ERR-OWNER-ONLY)
    (var-set token-uri uri)
    (ok true)))
