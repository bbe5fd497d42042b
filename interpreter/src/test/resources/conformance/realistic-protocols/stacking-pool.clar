;; A stacking-pool-style delegation contract. Delegators hand STX to the pool
;; for a number of reward cycles (cycles are counted from the burn height at
;; deployment); the amount is locked from the next cycle to the end of the
;; last one and counted into each of those cycles' totals. The pool operator
;; pays in each finished cycle's rewards, keeps a fee, and each delegator
;; claims a share proportional to what it had locked in that cycle.
(define-constant genesis burn-block-height)
(define-constant cycle-length u10)
(define-constant max-lock-cycles u12)
(define-constant min-delegation u1000000)
(define-constant offsets (list u0 u1 u2 u3 u4 u5 u6 u7 u8 u9 u10 u11))

(define-constant err-not-operator (err u200))
(define-constant err-already-delegated (err u201))
(define-constant err-too-small (err u202))
(define-constant err-bad-cycles (err u203))
(define-constant err-not-delegated (err u204))
(define-constant err-still-locked (err u205))
(define-constant err-cycle-not-over (err u206))
(define-constant err-rewards-set (err u207))
(define-constant err-no-rewards (err u208))
(define-constant err-already-claimed (err u209))
(define-constant err-not-in-cycle (err u210))
(define-constant err-closed (err u211))
(define-constant err-fee (err u212))

(define-data-var operator principal tx-sender)
(define-data-var open bool true)
(define-data-var fee-bps uint u500)
(define-data-var total-locked uint u0)

(define-map delegations principal {amount: uint, first-cycle: uint, unlock-cycle: uint})
(define-map cycle-totals uint uint)
(define-map cycle-rewards uint {gross: uint, net: uint, stacked: uint})
(define-map claims {cycle: uint, who: principal} uint)

(define-read-only (current-cycle) (/ (- burn-block-height genesis) cycle-length))
(define-read-only (cycle-start-height (cycle uint)) (+ genesis (* cycle cycle-length)))
(define-read-only (cycle-total (cycle uint)) (default-to u0 (map-get? cycle-totals cycle)))
(define-read-only (get-delegation (who principal)) (map-get? delegations who))
(define-read-only (get-rewards (cycle uint)) (map-get? cycle-rewards cycle))
(define-read-only (get-claim (cycle uint) (who principal)) (map-get? claims {cycle: cycle, who: who}))
(define-read-only (pool-info)
  {operator: (var-get operator), open: (var-get open), fee-bps: (var-get fee-bps),
   total-locked: (var-get total-locked), cycle: (current-cycle), height: burn-block-height,
   balance: (stx-get-balance (as-contract tx-sender))})

;; adds an amount to each cycle from first for n cycles
(define-private (add-to-cycle (offset uint) (acc {first: uint, n: uint, amount: uint}))
  (begin
    (if (< offset (get n acc))
      (map-set cycle-totals (+ (get first acc) offset) (+ (cycle-total (+ (get first acc) offset)) (get amount acc)))
      false)
    acc))

(define-private (is-operator) (is-eq tx-sender (var-get operator)))

(define-public (delegate-stx (amount uint) (lock-cycles uint))
  (let ((first (+ (current-cycle) u1)))
    (asserts! (var-get open) err-closed)
    (asserts! (is-none (map-get? delegations tx-sender)) err-already-delegated)
    (asserts! (>= amount min-delegation) err-too-small)
    (asserts! (and (> lock-cycles u0) (<= lock-cycles max-lock-cycles)) err-bad-cycles)
    (try! (stx-transfer? amount tx-sender (as-contract tx-sender)))
    (map-set delegations tx-sender {amount: amount, first-cycle: first, unlock-cycle: (+ first lock-cycles)})
    (fold add-to-cycle offsets {first: first, n: lock-cycles, amount: amount})
    (var-set total-locked (+ (var-get total-locked) amount))
    (print {event: "delegate", who: tx-sender, amount: amount, first-cycle: first, unlock-cycle: (+ first lock-cycles)})
    (ok {first-cycle: first, unlock-cycle: (+ first lock-cycles)})))

;; adds to a running delegation for the cycles still ahead of it
(define-public (delegate-increase (extra uint))
  (let ((d (unwrap! (map-get? delegations tx-sender) err-not-delegated))
        (next (+ (current-cycle) u1)))
    (asserts! (var-get open) err-closed)
    (asserts! (< next (get unlock-cycle d)) err-still-locked)
    (asserts! (> extra u0) err-too-small)
    (try! (stx-transfer? extra tx-sender (as-contract tx-sender)))
    (fold add-to-cycle offsets {first: next, n: (- (get unlock-cycle d) next), amount: extra})
    (map-set delegations tx-sender (merge d {amount: (+ (get amount d) extra)}))
    (var-set total-locked (+ (var-get total-locked) extra))
    (ok (+ (get amount d) extra))))

(define-public (withdraw)
  (let ((d (unwrap! (map-get? delegations tx-sender) err-not-delegated))
        (who tx-sender))
    (asserts! (>= (current-cycle) (get unlock-cycle d)) err-still-locked)
    (try! (as-contract (stx-transfer? (get amount d) tx-sender who)))
    (map-delete delegations who)
    (var-set total-locked (- (var-get total-locked) (get amount d)))
    (print {event: "withdraw", who: who, amount: (get amount d)})
    (ok (get amount d))))

(define-public (deposit-rewards (cycle uint) (amount uint))
  (let ((stacked (cycle-total cycle))
        (fee (/ (* amount (var-get fee-bps)) u10000)))
    (asserts! (is-operator) err-not-operator)
    (asserts! (< cycle (current-cycle)) err-cycle-not-over)
    (asserts! (is-none (map-get? cycle-rewards cycle)) err-rewards-set)
    (asserts! (> stacked u0) err-no-rewards)
    (try! (stx-transfer? (- amount fee) tx-sender (as-contract tx-sender)))
    (map-set cycle-rewards cycle {gross: amount, net: (- amount fee), stacked: stacked})
    (ok (- amount fee))))

(define-public (claim-rewards (cycle uint))
  (let ((r (unwrap! (map-get? cycle-rewards cycle) err-no-rewards))
        (d (unwrap! (map-get? delegations tx-sender) err-not-delegated))
        (who tx-sender)
        (share (/ (* (get net r) (get amount d)) (get stacked r))))
    (asserts! (and (>= cycle (get first-cycle d)) (< cycle (get unlock-cycle d))) err-not-in-cycle)
    (asserts! (map-insert claims {cycle: cycle, who: who} share) err-already-claimed)
    (try! (as-contract (stx-transfer? share tx-sender who)))
    (ok share)))

(define-public (set-fee (bps uint))
  (begin
    (asserts! (is-operator) err-not-operator)
    (asserts! (<= bps u2000) err-fee)
    (ok (var-set fee-bps bps))))

(define-public (set-open (value bool))
  (begin
    (asserts! (is-operator) err-not-operator)
    (ok (var-set open value))))

(define-public (set-operator (next principal))
  (begin
    (asserts! (is-operator) err-not-operator)
    (ok (var-set operator next))))
