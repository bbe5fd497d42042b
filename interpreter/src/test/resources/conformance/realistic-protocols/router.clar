;; Routes a swap through one, two or three constant-product pools given as
;; traits. The router takes a protocol fee (in basis points of the input,
;; paid by the trader to the fee collector) before the first hop, checks the
;; final output against the trader's minimum and a deadline, and relies on
;; each pool for its own pair checks; any failing hop undoes the whole route.
(use-trait ft .sip010-trait.sip-010-trait)
(use-trait pool .pool-trait.pool-trait)

(define-constant admin tx-sender)
(define-constant err-admin-only (err u800))
(define-constant err-slippage (err u801))
(define-constant err-expired (err u802))
(define-constant err-path (err u803))
(define-constant err-fee (err u804))

(define-data-var protocol-fee-bps uint u10)
(define-data-var fee-collector principal tx-sender)
(define-map volume principal uint)

(define-read-only (get-volume (token principal)) (default-to u0 (map-get? volume token)))
(define-read-only (protocol-fee (amount uint)) (/ (* amount (var-get protocol-fee-bps)) u10000))

(define-read-only (quote-hop (amount-in uint) (reserve-in uint) (reserve-out uint) (fee-bps uint))
  (let ((in-after-fee (* amount-in (- u10000 fee-bps))))
    (/ (* in-after-fee reserve-out) (+ (* reserve-in u10000) in-after-fee))))

(define-public (set-protocol-fee (bps uint) (collector principal))
  (begin
    (asserts! (is-eq tx-sender admin) err-admin-only)
    (asserts! (<= bps u100) err-fee)
    (var-set fee-collector collector)
    (ok (var-set protocol-fee-bps bps))))

(define-private (take-fee (token <ft>) (amount uint))
  (let ((fee (protocol-fee amount)))
    (if (> fee u0)
      (try! (contract-call? token transfer fee tx-sender (var-get fee-collector) none))
      false)
    (map-set volume (contract-of token) (+ (get-volume (contract-of token)) amount))
    (ok (- amount fee))))

(define-public (swap-1 (p1 <pool>) (a <ft>) (b <ft>) (amount uint) (min-out uint) (deadline uint))
  (let ((net (try! (take-fee a amount)))
        (out (try! (contract-call? p1 swap a b net u0))))
    (asserts! (<= stacks-block-height deadline) err-expired)
    (asserts! (>= out min-out) err-slippage)
    (ok out)))

(define-public (swap-2 (p1 <pool>) (p2 <pool>) (a <ft>) (b <ft>) (c <ft>) (amount uint) (min-out uint) (deadline uint))
  (begin
    (asserts! (<= stacks-block-height deadline) err-expired)
    (asserts! (not (is-eq (contract-of a) (contract-of c))) err-path)
    (let ((net (try! (take-fee a amount)))
          (mid (try! (contract-call? p1 swap a b net u0)))
          (out (try! (contract-call? p2 swap b c mid u0))))
      (asserts! (>= out min-out) err-slippage)
      (print {route: (list (contract-of a) (contract-of b) (contract-of c)), in: amount, out: out})
      (ok {mid: mid, out: out}))))

(define-public (swap-3 (p1 <pool>) (p2 <pool>) (p3 <pool>) (a <ft>) (b <ft>) (c <ft>) (d <ft>)
                       (amount uint) (min-out uint) (deadline uint))
  (begin
    (asserts! (<= stacks-block-height deadline) err-expired)
    (asserts! (not (is-eq (contract-of a) (contract-of d))) err-path)
    (let ((net (try! (take-fee a amount)))
          (first (try! (contract-call? p1 swap a b net u0)))
          (second (try! (contract-call? p2 swap b c first u0)))
          (out (try! (contract-call? p3 swap c d second u0))))
      (asserts! (>= out min-out) err-slippage)
      (print {route: (list (contract-of a) (contract-of b) (contract-of c) (contract-of d)), in: amount, out: out})
      (ok {hops: (list first second out), out: out}))))
