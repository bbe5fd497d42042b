;; The marketplace rewritten for Clarity 4: custody payouts use as-contract?
;; with an allowance naming exactly the piece (or the fees) that may leave,
;; and buyers are protected by restrict-assets?, which caps what a purchase
;; may take from them. Listings expire at a stacks block height.
(use-trait nft .nft-trait.nft)

(define-constant operator tx-sender)
(define-constant err-not-listed (err u1000))
(define-constant err-wrong-collection (err u1001))
(define-constant err-not-seller (err u1002))
(define-constant err-expired (err u1003))

(define-data-var next-listing uint u1)
(define-data-var fees-earned uint u0)
(define-map listings uint {collection: principal, token-id: uint, seller: principal, price: uint, expiry: uint})

(define-read-only (get-listing (listing-id uint)) (map-get? listings listing-id))
(define-read-only (fees) {earned: (var-get fees-earned), held: (stx-get-balance current-contract)})

(define-public (list-item (collection <nft>) (token-id uint) (price uint) (ttl uint))
  (let ((listing-id (var-get next-listing)))
    (try! (contract-call? collection transfer token-id tx-sender current-contract))
    (map-set listings listing-id {collection: (contract-of collection), token-id: token-id, seller: tx-sender, price: price, expiry: (+ stacks-block-height ttl)})
    (var-set next-listing (+ listing-id u1))
    (ok listing-id)))

;; the piece leaves custody under an allowance for exactly that id
(define-private (release (collection <nft>) (token-id uint) (to principal) (allowed-id uint))
  (as-contract? ((with-nft (contract-of collection) "art" (list allowed-id)))
    (try! (contract-call? collection transfer token-id tx-sender to))))

(define-public (cancel (collection <nft>) (listing-id uint))
  (let ((listing (unwrap! (map-get? listings listing-id) err-not-listed))
        (seller (get seller listing)))
    (asserts! (is-eq (get collection listing) (contract-of collection)) err-wrong-collection)
    (asserts! (is-eq tx-sender seller) err-not-seller)
    (map-delete listings listing-id)
    (try! (release collection (get token-id listing) seller (get token-id listing)))
    (ok true)))

;; max-price is what the buyer allows the purchase to take from them
(define-public (buy (collection <nft>) (listing-id uint) (max-price uint))
  (let ((listing (unwrap! (map-get? listings listing-id) err-not-listed))
        (buyer tx-sender)
        (fee (/ (get price listing) u40)))
    (asserts! (is-eq (get collection listing) (contract-of collection)) err-wrong-collection)
    (asserts! (< stacks-block-height (get expiry listing)) err-expired)
    (try! (restrict-assets? buyer ((with-stx max-price))
      (try! (stx-transfer? (- (get price listing) fee) buyer (get seller listing)))
      (try! (stx-transfer? fee buyer current-contract))))
    (try! (release collection (get token-id listing) buyer (get token-id listing)))
    (map-delete listings listing-id)
    (var-set fees-earned (+ (var-get fees-earned) fee))
    (print {sold: listing-id, to: buyer, fee: fee})
    (ok fee)))

;; a faulty payout: the allowance names another id, so the transfer is undone
(define-public (release-wrong (collection <nft>) (listing-id uint))
  (let ((listing (unwrap! (map-get? listings listing-id) err-not-listed)))
    (asserts! (is-eq tx-sender operator) err-not-seller)
    (release collection (get token-id listing) operator (+ u100 (get token-id listing)))))

(define-public (withdraw-fees (limit uint))
  (let ((amount (var-get fees-earned)) (to tx-sender))
    (asserts! (is-eq tx-sender operator) err-not-seller)
    (var-set fees-earned u0)
    (as-contract? ((with-stx limit))
      (try! (stx-transfer? amount tx-sender to))
      amount)))
