;; A collection of numbered artworks: the curator mints, owners transfer.
;; Each piece keeps its title and the history of how often it changed hands.
(impl-trait 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.nft-trait.nft)

(define-non-fungible-token art uint)
(define-constant curator tx-sender)
(define-data-var last-id uint u0)
(define-map pieces uint {title: (string-ascii 40), moves: uint})

(define-public (mint (to principal) (title (string-ascii 40)))
  (let ((id (+ (var-get last-id) u1)))
    (asserts! (is-eq tx-sender curator) (err u403))
    (try! (nft-mint? art id to))
    (map-insert pieces id {title: title, moves: u0})
    (var-set last-id id)
    (ok id)))

;; mint several titles to one owner; the ids minted come back as a list
(define-private (mint-one (title (string-ascii 40)) (acc {to: principal, ids: (list 20 uint)}))
  (match (mint (get to acc) title)
    id (merge acc {ids: (unwrap-panic (as-max-len? (append (get ids acc) id) u20))})
    e acc))

(define-public (mint-series (to principal) (titles (list 20 (string-ascii 40))))
  (begin
    (asserts! (is-eq tx-sender curator) (err u403))
    (ok (get ids (fold mint-one titles {to: to, ids: (list)})))))

(define-public (transfer (id uint) (sender principal) (recipient principal))
  (let ((entry (unwrap! (map-get? pieces id) (err u404))))
    (asserts! (is-eq tx-sender sender) (err u401))
    (try! (nft-transfer? art id sender recipient))
    (map-set pieces id (merge entry {moves: (+ u1 (get moves entry))}))
    (ok true)))

(define-public (burn (id uint))
  (begin
    (asserts! (is-eq (some tx-sender) (nft-get-owner? art id)) (err u401))
    (map-delete pieces id)
    (nft-burn? art id tx-sender)))

(define-read-only (get-last-token-id) (ok (var-get last-id)))
(define-read-only (get-token-uri (id uint))
  (ok (some (concat "https://example.test/art/" (get title (unwrap! (map-get? pieces id) (ok none)))))))
(define-read-only (get-owner (id uint)) (ok (nft-get-owner? art id)))
(define-read-only (piece (id uint)) (map-get? pieces id))
