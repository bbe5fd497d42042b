;; A marketplace for any collection of the nft trait. Listing moves the piece
;; into the market's custody; buying pays the seller (less a fee kept by the
;; market) and releases the piece with as-contract; cancelling returns it.
;; Listings expire at a burn block height.
(use-trait nft .nft-trait.nft)
(use-trait ft .ft-trait.fungible-token)

(define-constant operator tx-sender)
(define-constant fee-basis u250) ;; 2.5%
(define-constant err-not-listed (err u1000))
(define-constant err-wrong-collection (err u1001))
(define-constant err-not-seller (err u1002))
(define-constant err-expired (err u1003))
(define-constant err-price (err u1004))
(define-constant err-self-buy (err u1005))

(define-data-var next-listing uint u1)
(define-data-var fees-earned uint u0)
(define-map listings uint {collection: principal, token-id: uint, seller: principal, price: uint, expiry: uint, accepts: (optional principal)})
(define-map sales principal (list 10 uint))

(define-read-only (get-listing (listing-id uint)) (map-get? listings listing-id))
(define-read-only (fee-for (price uint)) (/ (* price fee-basis) u10000))
(define-read-only (sales-of (who principal)) (default-to (list) (map-get? sales who)))
(define-read-only (fees) (var-get fees-earned))

(define-public (list-item (collection <nft>) (token-id uint) (price uint) (expiry uint) (accepts (optional principal)))
  (let ((listing-id (var-get next-listing)))
    (asserts! (> price u0) err-price)
    (asserts! (> expiry burn-block-height) err-expired)
    (try! (contract-call? collection transfer token-id tx-sender (as-contract tx-sender)))
    (map-set listings listing-id {collection: (contract-of collection), token-id: token-id, seller: tx-sender, price: price, expiry: expiry, accepts: accepts})
    (var-set next-listing (+ listing-id u1))
    (print {action: "list", listing: listing-id, price: price, seller: tx-sender})
    (ok listing-id)))

(define-public (cancel (collection <nft>) (listing-id uint))
  (let ((listing (unwrap! (map-get? listings listing-id) err-not-listed))
        (seller (get seller listing)))
    (asserts! (is-eq (get collection listing) (contract-of collection)) err-wrong-collection)
    (asserts! (is-eq tx-sender seller) err-not-seller)
    (map-delete listings listing-id)
    (as-contract (contract-call? collection transfer (get token-id listing) tx-sender seller))))

(define-private (record-sale (who principal) (listing-id uint))
  (map-set sales who (default-to (list listing-id) (as-max-len? (append (sales-of who) listing-id) u10))))

(define-public (buy (collection <nft>) (listing-id uint))
  (let ((listing (unwrap! (map-get? listings listing-id) err-not-listed))
        (buyer tx-sender)
        (fee (fee-for (get price listing))))
    (asserts! (is-eq (get collection listing) (contract-of collection)) err-wrong-collection)
    (asserts! (is-none (get accepts listing)) err-price)
    (asserts! (not (is-eq buyer (get seller listing))) err-self-buy)
    (asserts! (< burn-block-height (get expiry listing)) err-expired)
    (try! (stx-transfer? (- (get price listing) fee) buyer (get seller listing)))
    (try! (stx-transfer? fee buyer (as-contract tx-sender)))
    (try! (as-contract (contract-call? collection transfer (get token-id listing) tx-sender buyer)))
    (map-delete listings listing-id)
    (var-set fees-earned (+ (var-get fees-earned) fee))
    (record-sale buyer listing-id)
    (print {action: "buy", listing: listing-id, buyer: buyer, paid: (get price listing), fee: fee})
    (ok {token-id: (get token-id listing), fee: fee})))

;; pay in a fungible token the seller named when listing
(define-public (buy-with-token (collection <nft>) (token <ft>) (listing-id uint))
  (let ((listing (unwrap! (map-get? listings listing-id) err-not-listed))
        (buyer tx-sender))
    (asserts! (is-eq (get collection listing) (contract-of collection)) err-wrong-collection)
    (asserts! (is-eq (get accepts listing) (some (contract-of token))) err-price)
    (try! (contract-call? token transfer (get price listing) buyer (get seller listing) (some 0x6e6674)))
    (try! (as-contract (contract-call? collection transfer (get token-id listing) tx-sender buyer)))
    (map-delete listings listing-id)
    (record-sale buyer listing-id)
    (ok (get token-id listing))))

;; buy two listings in one call: both or neither
(define-public (buy-two (collection <nft>) (first uint) (second uint))
  (let ((a (try! (buy collection first)))
        (b (try! (buy collection second))))
    (ok (list (get token-id a) (get token-id b)))))

(define-public (withdraw-fees (to principal))
  (let ((amount (var-get fees-earned)))
    (asserts! (is-eq tx-sender operator) err-not-seller)
    (var-set fees-earned u0)
    (as-contract (stx-transfer? amount tx-sender to))))
