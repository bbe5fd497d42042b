;; An escrow between a buyer and a seller with an arbiter. Each deal is keyed
;; by the sha256 of its terms' consensus serialization; the buyer's STX wait
;; in the contract until the buyer releases them, the arbiter settles a
;; dispute with a split, or the deadline (a stacks block height) passes and
;; the buyer takes them back.
(define-constant arbiter tx-sender)
(define-constant err-unknown (err u1))
(define-constant err-forbidden (err u2))
(define-constant err-state (err u3))
(define-constant err-early (err u4))
(define-constant err-split (err u5))
(define-constant err-exists (err u6))

(define-data-var nonce uint u0)
(define-map deals (buff 32)
  {buyer: principal, seller: principal, amount: uint, deadline: uint,
   terms: (string-ascii 100), state: (string-ascii 10), history: (list 8 {event: (string-ascii 10), height: uint})})
(define-map by-buyer principal (list 10 (buff 32)))

(define-read-only (deal-id (buyer principal) (seller principal) (amount uint) (n uint))
  (sha256 (unwrap-panic (to-consensus-buff? {buyer: buyer, seller: seller, amount: amount, nonce: n}))))

(define-read-only (get-deal (id (buff 32))) (map-get? deals id))
(define-read-only (deals-of (who principal)) (default-to (list) (map-get? by-buyer who)))

(define-read-only (describe (id (buff 32)))
  (match (map-get? deals id)
    d (ok (concat (concat (concat (get state d) ": ") (int-to-ascii (get amount d))) " uSTX"))
    err-unknown))

(define-private (log (d {buyer: principal, seller: principal, amount: uint, deadline: uint,
   terms: (string-ascii 100), state: (string-ascii 10), history: (list 8 {event: (string-ascii 10), height: uint})})
   (state (string-ascii 10)))
  (merge d {state: state,
            history: (default-to (get history d)
              (as-max-len? (append (get history d) {event: state, height: stacks-block-height}) u8))}))

(define-public (open (seller principal) (amount uint) (blocks uint) (terms (string-ascii 100)))
  (let ((n (var-get nonce))
        (id (deal-id tx-sender seller amount n))
        (deal {buyer: tx-sender, seller: seller, amount: amount, deadline: (+ stacks-block-height blocks),
               terms: terms, state: "open", history: (list {event: "open", height: stacks-block-height})}))
    (asserts! (not (is-eq tx-sender seller)) err-forbidden)
    (asserts! (map-insert deals id deal) err-exists)
    (try! (stx-transfer? amount tx-sender (as-contract tx-sender)))
    (var-set nonce (+ n u1))
    (map-set by-buyer tx-sender
      (unwrap! (as-max-len? (append (deals-of tx-sender) id) u10) err-state))
    (print {opened: id, deal: deal})
    (ok id)))

(define-public (release (id (buff 32)))
  (let ((d (unwrap! (map-get? deals id) err-unknown)))
    (asserts! (or (is-eq tx-sender (get buyer d)) (is-eq tx-sender arbiter)) err-forbidden)
    (asserts! (is-eq (get state d) "open") err-state)
    (map-set deals id (log d "released"))
    (try! (as-contract (stx-transfer? (get amount d) tx-sender (get seller d))))
    (ok (get amount d))))

(define-public (dispute (id (buff 32)))
  (let ((d (unwrap! (map-get? deals id) err-unknown)))
    (asserts! (or (is-eq tx-sender (get buyer d)) (is-eq tx-sender (get seller d))) err-forbidden)
    (asserts! (is-eq (get state d) "open") err-state)
    (ok (map-set deals id (log d "disputed")))))

;; the arbiter pays `to-seller` percent to the seller and the rest back
(define-public (settle (id (buff 32)) (to-seller uint))
  (let ((d (unwrap! (map-get? deals id) err-unknown))
        (seller-part (/ (* (get amount d) to-seller) u100))
        (buyer-part (- (get amount d) seller-part)))
    (asserts! (is-eq tx-sender arbiter) err-forbidden)
    (asserts! (is-eq (get state d) "disputed") err-state)
    (asserts! (<= to-seller u100) err-split)
    (map-set deals id (log d "settled"))
    (and (> seller-part u0) (try! (as-contract (stx-transfer? seller-part tx-sender (get seller d)))))
    (and (> buyer-part u0) (try! (as-contract (stx-transfer? buyer-part tx-sender (get buyer d)))))
    (ok {seller: seller-part, buyer: buyer-part})))

(define-public (refund (id (buff 32)))
  (let ((d (unwrap! (map-get? deals id) err-unknown)))
    (asserts! (is-eq tx-sender (get buyer d)) err-forbidden)
    (asserts! (is-eq (get state d) "open") err-state)
    (asserts! (>= stacks-block-height (get deadline d)) err-early)
    (map-set deals id (log d "refunded"))
    (as-contract (stx-transfer? (get amount d) tx-sender (get buyer d)))))

;; release several deals; each result is kept, ok or err, and nothing is undone
(define-public (release-all (ids (list 5 (buff 32))))
  (ok (map release ids)))
