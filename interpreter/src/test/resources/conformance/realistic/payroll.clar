;; A payroll and airdrop contract: the owner funds it, then pays many
;; recipients in one call (STX, or its own reward token), records each
;; payment in a ledger map, and reports per-batch totals. Long lists make
;; these calls expensive, which the cost runs show.
(define-fungible-token reward)
(define-constant owner tx-sender)
(define-data-var batches uint u0)
(define-map paid principal {total: uint, times: uint, last-batch: uint})
(define-map batch-log uint {count: uint, total: uint, failed: uint})

(define-read-only (paid-to (who principal)) (map-get? paid who))
(define-read-only (batch (id uint)) (map-get? batch-log id))
(define-read-only (reward-of (who principal)) (ft-get-balance reward who))

(define-public (fund (amount uint))
  (stx-transfer? amount tx-sender (as-contract tx-sender)))

(define-private (note (who principal) (amount uint) (id uint))
  (let ((p (default-to {total: u0, times: u0, last-batch: u0} (map-get? paid who))))
    (map-set paid who {total: (+ (get total p) amount), times: (+ (get times p) u1), last-batch: id})))

(define-private (pay-one (line {to: principal, amount: uint})
                         (acc {id: uint, count: uint, total: uint, failed: uint}))
  (match (as-contract (stx-transfer? (get amount line) tx-sender (get to line)))
    ok-value (begin
      (note (get to line) (get amount line) (get id acc))
      (merge acc {count: (+ (get count acc) u1), total: (+ (get total acc) (get amount line))}))
    err-code (merge acc {failed: (+ (get failed acc) u1)})))

(define-public (pay (lines (list 200 {to: principal, amount: uint})))
  (let ((id (+ (var-get batches) u1))
        (result (fold pay-one lines {id: id, count: u0, total: u0, failed: u0})))
    (asserts! (is-eq tx-sender owner) (err u401))
    (var-set batches id)
    (map-set batch-log id {count: (get count result), total: (get total result), failed: (get failed result)})
    (print {batch: id, result: result})
    (ok result)))

(define-private (drop-one (who principal) (amount uint))
  (begin
    (unwrap-panic (ft-mint? reward amount who))
    (+ amount u1)))

;; airdrop: each recipient gets one more than the one before
(define-public (airdrop (recipients (list 300 principal)) (start uint))
  (begin
    (asserts! (is-eq tx-sender owner) (err u401))
    (ok (fold drop-one recipients start))))

(define-read-only (sum-rewards (who (list 300 principal)))
  (fold + (map reward-of who) u0))
