;; A constant-product pool for two tokens of the fungible-token trait. The
;; pair is fixed at creation; liquidity shares are an internal token whose
;; first mint is the integer square root of the deposit product. Swaps take a
;; 0.3% fee and refuse to go below a minimum output.
(use-trait ft .ft-trait.fungible-token)
(define-fungible-token share)

(define-constant err-pair (err u300))
(define-constant err-slippage (err u301))
(define-constant err-empty (err u302))
(define-constant err-created (err u303))

(define-data-var pair (optional {x: principal, y: principal}) none)
(define-data-var reserves {x: uint, y: uint} {x: u0, y: u0})

(define-read-only (get-reserves) (var-get reserves))
(define-read-only (get-pair) (var-get pair))
(define-read-only (shares-of (who principal)) (ft-get-balance share who))

(define-read-only (quote-out (amount-in uint) (reserve-in uint) (reserve-out uint))
  (let ((in-with-fee (* amount-in u997)))
    (/ (* in-with-fee reserve-out) (+ (* reserve-in u1000) in-with-fee))))

(define-private (check-pair (x <ft>) (y <ft>))
  (let ((p (unwrap! (var-get pair) err-pair)))
    (asserts! (and (is-eq (contract-of x) (get x p)) (is-eq (contract-of y) (get y p))) err-pair)
    (ok p)))

(define-public (create (x <ft>) (y <ft>))
  (begin
    (asserts! (is-none (var-get pair)) err-created)
    (asserts! (not (is-eq (contract-of x) (contract-of y))) err-pair)
    (ok (var-set pair (some {x: (contract-of x), y: (contract-of y)})))))

(define-public (add-liquidity (x <ft>) (y <ft>) (dx uint) (dy uint))
  (let ((r (var-get reserves))
        (supply (ft-get-supply share))
        (minted (if (is-eq supply u0)
                  (sqrti (* dx dy))
                  (let ((by-x (/ (* dx supply) (get x r)))
                        (by-y (/ (* dy supply) (get y r))))
                    (if (< by-x by-y) by-x by-y)))))
    (try! (check-pair x y))
    (asserts! (> minted u0) err-empty)
    (try! (contract-call? x transfer dx tx-sender (as-contract tx-sender) none))
    (try! (contract-call? y transfer dy tx-sender (as-contract tx-sender) none))
    (try! (ft-mint? share minted tx-sender))
    (var-set reserves {x: (+ (get x r) dx), y: (+ (get y r) dy)})
    (ok minted)))

(define-public (remove-liquidity (x <ft>) (y <ft>) (shares uint))
  (let ((r (var-get reserves))
        (supply (ft-get-supply share))
        (me tx-sender)
        (out-x (/ (* shares (get x r)) supply))
        (out-y (/ (* shares (get y r)) supply)))
    (try! (check-pair x y))
    (try! (ft-burn? share shares tx-sender))
    (try! (as-contract (contract-call? x transfer out-x tx-sender me none)))
    (try! (as-contract (contract-call? y transfer out-y tx-sender me none)))
    (var-set reserves {x: (- (get x r) out-x), y: (- (get y r) out-y)})
    (ok {x: out-x, y: out-y})))

;; swap x for y when x-to-y, else y for x
(define-public (swap (x <ft>) (y <ft>) (x-to-y bool) (amount-in uint) (min-out uint))
  (let ((r (var-get reserves))
        (me tx-sender)
        (out (if x-to-y (quote-out amount-in (get x r) (get y r)) (quote-out amount-in (get y r) (get x r)))))
    (try! (check-pair x y))
    (asserts! (>= out min-out) err-slippage)
    (asserts! (> out u0) err-empty)
    (if x-to-y
      (begin
        (try! (contract-call? x transfer amount-in tx-sender (as-contract tx-sender) none))
        (try! (as-contract (contract-call? y transfer out tx-sender me none)))
        (var-set reserves {x: (+ (get x r) amount-in), y: (- (get y r) out)}))
      (begin
        (try! (contract-call? y transfer amount-in tx-sender (as-contract tx-sender) none))
        (try! (as-contract (contract-call? x transfer out tx-sender me none)))
        (var-set reserves {x: (- (get x r) out), y: (+ (get y r) amount-in)})))
    (print {swap: (if x-to-y "x->y" "y->x"), in: amount-in, out: out, k: (* (get x (var-get reserves)) (get y (var-get reserves)))})
    (ok out)))

;; the pool's price as a fixed-point number with 8 decimals, and its log2
(define-read-only (price)
  (let ((r (var-get reserves)))
    (if (is-eq (get x r) u0) none
      (some {scaled: (/ (* (get y r) (pow u10 u8)) (get x r)), log2: (log2 (/ (* (get y r) (pow u10 u8)) (get x r)))}))))
