;; A SIP-009 collection: paid mints up to a fixed supply (the price goes to
;; the deployer), token URIs built from the id, burns, and a built-in market
;; where listed tokens cannot move, buyers pay the seller and a 5% royalty,
;; and the token changes hands without custody.
(impl-trait .sip009-trait.nft-trait)

(define-non-fungible-token badge uint)

(define-constant contract-owner tx-sender)
(define-constant mint-price u2500000)
(define-constant max-supply u5)
(define-constant err-owner-only (err u100))
(define-constant err-not-owner (err u101))
(define-constant err-sold-out (err u102))
(define-constant err-listing (err u103))
(define-constant err-price (err u104))
(define-constant err-self (err u105))

(define-data-var last-token-id uint u0)
(define-data-var base-uri (string-ascii 200) "ipfs://badges/")
(define-map listings uint {price: uint, seller: principal})
(define-map mints-per principal uint)

(define-read-only (get-last-token-id) (ok (var-get last-token-id)))

(define-read-only (get-token-uri (id uint))
  (ok (if (and (> id u0) (<= id (var-get last-token-id)))
        (some (concat (concat (var-get base-uri) (int-to-ascii id)) ".json"))
        none)))

(define-read-only (get-owner (id uint)) (ok (nft-get-owner? badge id)))
(define-read-only (get-listing (id uint)) (map-get? listings id))
(define-read-only (minted-by (who principal)) (default-to u0 (map-get? mints-per who)))

(define-public (transfer (id uint) (sender principal) (recipient principal))
  (begin
    (asserts! (is-eq tx-sender sender) err-not-owner)
    (asserts! (is-none (map-get? listings id)) err-listing)
    (nft-transfer? badge id sender recipient)))

(define-public (mint (recipient principal))
  (let ((id (+ (var-get last-token-id) u1)))
    (asserts! (<= id max-supply) err-sold-out)
    (try! (stx-transfer? mint-price tx-sender contract-owner))
    (try! (nft-mint? badge id recipient))
    (map-set mints-per tx-sender (+ u1 (minted-by tx-sender)))
    (var-set last-token-id id)
    (ok id)))

(define-public (burn (id uint))
  (let ((owner (unwrap! (nft-get-owner? badge id) err-not-owner)))
    (asserts! (is-eq tx-sender owner) err-not-owner)
    (map-delete listings id)
    (nft-burn? badge id owner)))

(define-public (set-base-uri (uri (string-ascii 200)))
  (begin
    (asserts! (is-eq tx-sender contract-owner) err-owner-only)
    (print {notification: "token-metadata-update",
            payload: {token-class: "nft", contract-id: current-contract}})
    (ok (var-set base-uri uri))))

(define-public (list-in-ustx (id uint) (price uint))
  (begin
    (asserts! (is-eq (some tx-sender) (nft-get-owner? badge id)) err-not-owner)
    (asserts! (> price u0) err-price)
    (map-set listings id {price: price, seller: tx-sender})
    (print {a: "list-in-ustx", id: id, price: price})
    (ok true)))

(define-public (unlist-in-ustx (id uint))
  (let ((listing (unwrap! (map-get? listings id) err-listing)))
    (asserts! (is-eq tx-sender (get seller listing)) err-not-owner)
    (map-delete listings id)
    (print {a: "unlist-in-ustx", id: id})
    (ok true)))

(define-public (buy-in-ustx (id uint))
  (let ((listing (unwrap! (map-get? listings id) err-listing))
        (royalty (/ (* (get price listing) u5) u100)))
    (asserts! (not (is-eq tx-sender (get seller listing))) err-self)
    (try! (stx-transfer? (- (get price listing) royalty) tx-sender (get seller listing)))
    (try! (stx-transfer? royalty tx-sender contract-owner))
    (try! (nft-transfer? badge id (get seller listing) tx-sender))
    (map-delete listings id)
    (print {a: "buy-in-ustx", id: id})
    (ok true)))
