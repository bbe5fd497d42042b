;; A constant-product pool of two SIP-010 tokens, deployed once per pair.
;; The deployer seeds it once; swaps in either direction pay a fee in basis
;; points that stays in the pool, honour a minimum output, and pay out from
;; the pool under as-contract.
(impl-trait .pool-trait.pool-trait)
(use-trait ft .sip010-trait.sip-010-trait)

(define-constant owner tx-sender)
(define-constant err-owner-only (err u700))
(define-constant err-initialised (err u701))
(define-constant err-not-initialised (err u702))
(define-constant err-wrong-pair (err u703))
(define-constant err-slippage (err u704))
(define-constant err-zero (err u705))
(define-constant err-fee (err u706))

(define-data-var pair (optional {x: principal, y: principal}) none)
(define-data-var reserve-x uint u0)
(define-data-var reserve-y uint u0)
(define-data-var fee-bps uint u30)

(define-read-only (get-pair)
  (let ((p (unwrap! (var-get pair) err-not-initialised)))
    (ok {x: (get x p), y: (get y p), reserve-x: (var-get reserve-x), reserve-y: (var-get reserve-y), fee-bps: (var-get fee-bps)})))

(define-read-only (amount-out (amount-in uint) (reserve-in uint) (reserve-out uint))
  (let ((in-after-fee (* amount-in (- u10000 (var-get fee-bps)))))
    (/ (* in-after-fee reserve-out) (+ (* reserve-in u10000) in-after-fee))))

(define-public (init (x <ft>) (y <ft>) (dx uint) (dy uint))
  (begin
    (asserts! (is-eq tx-sender owner) err-owner-only)
    (asserts! (is-none (var-get pair)) err-initialised)
    (asserts! (not (is-eq (contract-of x) (contract-of y))) err-wrong-pair)
    (asserts! (and (> dx u0) (> dy u0)) err-zero)
    (try! (contract-call? x transfer dx tx-sender (as-contract tx-sender) none))
    (try! (contract-call? y transfer dy tx-sender (as-contract tx-sender) none))
    (var-set pair (some {x: (contract-of x), y: (contract-of y)}))
    (var-set reserve-x dx)
    (var-set reserve-y dy)
    (ok true)))

(define-public (set-fee (bps uint))
  (begin
    (asserts! (is-eq tx-sender owner) err-owner-only)
    (asserts! (<= bps u1000) err-fee)
    (ok (var-set fee-bps bps))))

(define-public (swap (token-in <ft>) (token-out <ft>) (amount-in uint) (min-out uint))
  (let ((p (unwrap! (var-get pair) err-not-initialised))
        (forward (and (is-eq (contract-of token-in) (get x p)) (is-eq (contract-of token-out) (get y p))))
        (backward (and (is-eq (contract-of token-in) (get y p)) (is-eq (contract-of token-out) (get x p))))
        (r-in (if forward (var-get reserve-x) (var-get reserve-y)))
        (r-out (if forward (var-get reserve-y) (var-get reserve-x)))
        (out (amount-out amount-in r-in r-out))
        (trader tx-sender))
    (asserts! (or forward backward) err-wrong-pair)
    (asserts! (> amount-in u0) err-zero)
    (asserts! (> out u0) err-zero)
    (asserts! (>= out min-out) err-slippage)
    (try! (contract-call? token-in transfer amount-in trader (as-contract tx-sender) none))
    (try! (as-contract (contract-call? token-out transfer out tx-sender trader none)))
    (if forward
      (begin (var-set reserve-x (+ r-in amount-in)) (var-set reserve-y (- r-out out)))
      (begin (var-set reserve-y (+ r-in amount-in)) (var-set reserve-x (- r-out out))))
    (print {event: "swap", in: (contract-of token-in), out: (contract-of token-out), amount-in: amount-in, amount-out: out})
    (ok out)))
