;; A lending market: SIP-010 collateral, STX loans. The owner posts a
;; collateral price (STX per token, 8 decimals); borrowers may take up to
;; 60% of their collateral's value; debt grows per block at a rate that
;; follows utilisation; positions under the 80% liquidation threshold can
;; be repaid by anyone, who takes the collateral with a 5% bonus. The price
;; a block ago is read back with at-block, as a lagging check.
(use-trait ft .sip010-trait.sip-010-trait)

(define-constant ONE u100000000)
(define-constant owner tx-sender)
(define-constant max-ltv u60)
(define-constant liquidation-threshold u80)
(define-constant bonus u105)

(define-constant err-owner-only (err u1200))
(define-constant err-wrong-token (err u1201))
(define-constant err-ltv (err u1202))
(define-constant err-healthy (err u1203))
(define-constant err-no-position (err u1204))
(define-constant err-liquidity (err u1205))
(define-constant err-zero (err u1206))
(define-constant err-stale (err u1207))

(define-data-var collateral-token principal tx-sender)
(define-data-var price uint ONE)
(define-data-var price-height uint u0)
(define-data-var total-borrowed uint u0)
(define-data-var total-supplied uint u0)
(define-map positions principal {collateral: uint, debt: uint, since: uint})
(define-map supplies principal uint)

(define-read-only (utilisation)
  (if (is-eq (var-get total-supplied) u0) u0 (/ (* (var-get total-borrowed) u100) (var-get total-supplied))))

;; interest per block in 8 decimals: 0.001% plus 0.0002% per point of utilisation
(define-read-only (rate-per-block) (+ u1000 (* u200 (utilisation))))

(define-read-only (debt-of (who principal))
  (match (map-get? positions who)
    p (let ((blocks (- stacks-block-height (get since p))))
        (+ (get debt p) (/ (* (get debt p) (* (rate-per-block) blocks)) ONE)))
    u0))

(define-read-only (collateral-value (who principal))
  (match (map-get? positions who)
    p (/ (* (get collateral p) (var-get price)) ONE)
    u0))

(define-read-only (health (who principal))
  (let ((debt (debt-of who)))
    (if (is-eq debt u0) none (some (/ (* (collateral-value who) u100) debt)))))

(define-read-only (price-at (height uint))
  (at-block (unwrap! (get-stacks-block-info? id-header-hash height) err-stale) (ok (var-get price))))

(define-read-only (market)
  {price: (var-get price), borrowed: (var-get total-borrowed), supplied: (var-get total-supplied),
   utilisation: (utilisation), rate: (rate-per-block), cash: (stx-get-balance (as-contract tx-sender))})

(define-public (set-token (token principal))
  (begin
    (asserts! (is-eq tx-sender owner) err-owner-only)
    (ok (var-set collateral-token token))))

(define-public (set-price (new-price uint))
  (begin
    (asserts! (is-eq tx-sender owner) err-owner-only)
    (asserts! (> new-price u0) err-zero)
    (var-set price-height stacks-block-height)
    (print {event: "price", price: new-price, previous: (var-get price)})
    (ok (var-set price new-price))))

(define-public (supply (amount uint))
  (begin
    (try! (stx-transfer? amount tx-sender (as-contract tx-sender)))
    (map-set supplies tx-sender (+ amount (default-to u0 (map-get? supplies tx-sender))))
    (ok (var-set total-supplied (+ (var-get total-supplied) amount)))))

(define-public (deposit-collateral (token <ft>) (amount uint))
  (let ((p (default-to {collateral: u0, debt: u0, since: stacks-block-height} (map-get? positions tx-sender))))
    (asserts! (is-eq (contract-of token) (var-get collateral-token)) err-wrong-token)
    (asserts! (> amount u0) err-zero)
    (try! (contract-call? token transfer amount tx-sender (as-contract tx-sender) none))
    (map-set positions tx-sender (merge p {collateral: (+ (get collateral p) amount), debt: (debt-of tx-sender), since: stacks-block-height}))
    (ok (+ (get collateral p) amount))))

(define-public (borrow (amount uint))
  (let ((p (unwrap! (map-get? positions tx-sender) err-no-position))
        (who tx-sender)
        (debt (+ (debt-of tx-sender) amount)))
    (asserts! (> amount u0) err-zero)
    (asserts! (<= (* debt u100) (* (collateral-value who) max-ltv)) err-ltv)
    (asserts! (<= amount (stx-get-balance (as-contract tx-sender))) err-liquidity)
    (try! (as-contract (stx-transfer? amount tx-sender who)))
    (map-set positions who (merge p {debt: debt, since: stacks-block-height}))
    (var-set total-borrowed (+ (var-get total-borrowed) amount))
    (ok debt)))

(define-public (repay (amount uint))
  (let ((p (unwrap! (map-get? positions tx-sender) err-no-position))
        (debt (debt-of tx-sender))
        (paid (if (> amount debt) debt amount)))
    (asserts! (> paid u0) err-zero)
    (try! (stx-transfer? paid tx-sender (as-contract tx-sender)))
    (map-set positions tx-sender (merge p {debt: (- debt paid), since: stacks-block-height}))
    (var-set total-borrowed (if (> paid (var-get total-borrowed)) u0 (- (var-get total-borrowed) paid)))
    (ok (- debt paid))))

(define-public (withdraw-collateral (token <ft>) (amount uint))
  (let ((p (unwrap! (map-get? positions tx-sender) err-no-position))
        (who tx-sender)
        (left (- (get collateral p) amount))
        (debt (debt-of tx-sender)))
    (asserts! (is-eq (contract-of token) (var-get collateral-token)) err-wrong-token)
    (asserts! (<= (* debt u100) (* (/ (* left (var-get price)) ONE) max-ltv)) err-ltv)
    (try! (as-contract (contract-call? token transfer amount tx-sender who none)))
    (map-set positions who (merge p {collateral: left, debt: debt, since: stacks-block-height}))
    (ok left)))

(define-public (liquidate (token <ft>) (who principal))
  (let ((p (unwrap! (map-get? positions who) err-no-position))
        (liquidator tx-sender)
        (debt (debt-of who))
        (seized-value (/ (* debt bonus) u100))
        (seized (let ((wanted (/ (* seized-value ONE) (var-get price))))
                  (if (> wanted (get collateral p)) (get collateral p) wanted))))
    (asserts! (is-eq (contract-of token) (var-get collateral-token)) err-wrong-token)
    (asserts! (> debt u0) err-no-position)
    (asserts! (< (* (collateral-value who) u100) (* debt liquidation-threshold)) err-healthy)
    (try! (stx-transfer? debt liquidator (as-contract tx-sender)))
    (try! (as-contract (contract-call? token transfer seized tx-sender liquidator none)))
    (map-set positions who {collateral: (- (get collateral p) seized), debt: u0, since: stacks-block-height})
    (var-set total-borrowed (if (> debt (var-get total-borrowed)) u0 (- (var-get total-borrowed) debt)))
    (print {event: "liquidate", who: who, debt: debt, seized: seized})
    (ok seized)))
