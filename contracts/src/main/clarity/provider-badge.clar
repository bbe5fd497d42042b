;; provider-badge: a non-fungible token with the interface of SIP-009 (the Stacks NFT
;; standard). The platform operator (the deployer) awards numbered badges to providers it has
;; verified; a holder may pass a badge on or burn it.
;;
;; An NFT listed on mainnet would also declare (impl-trait <the deployed SIP-009 trait>);
;; this example stands alone.

(define-non-fungible-token provider-badge uint)

(define-constant CONTRACT-OWNER tx-sender)
(define-constant ERR-OWNER-ONLY (err u100))
(define-constant ERR-NOT-TOKEN-OWNER (err u101))
(define-constant TOKEN-URI "https://example.org/provider-badge/{id}.json")

(define-data-var last-token-id uint u0)

;; --- SIP-009 -----------------------------------------------------------------

(define-read-only (get-last-token-id)
  (ok (var-get last-token-id)))

;; The URI of an existing badge, none for any other id.
(define-read-only (get-token-uri (id uint))
  (ok (if (is-some (nft-get-owner? provider-badge id)) (some TOKEN-URI) none)))

(define-read-only (get-owner (id uint))
  (ok (nft-get-owner? provider-badge id)))

(define-public (transfer (id uint) (sender principal) (recipient principal))
  (begin
    (asserts! (is-eq tx-sender sender) ERR-NOT-TOKEN-OWNER)
    (nft-transfer? provider-badge id sender recipient)))

;; --- administration ----------------------------------------------------------

(define-public (mint (recipient principal))
  (let ((id (+ (var-get last-token-id) u1)))
    (asserts! (is-eq tx-sender CONTRACT-OWNER) ERR-OWNER-ONLY)
    ;; ids are never reused, so the mint cannot fail
    (unwrap-panic (nft-mint? provider-badge id recipient))
    (var-set last-token-id id)
    (ok id)))

(define-public (burn (id uint))
  (begin
    (asserts! (is-eq (nft-get-owner? provider-badge id) (some tx-sender)) ERR-NOT-TOKEN-OWNER)
    (nft-burn? provider-badge id tx-sender)))
