;; Calls the other contracts: a nested call that fails after its writes rolls back alone
;; (try-mint goes on) or with everything before it (buy).
(define-data-var calls uint u0)

(define-public (buy (amount uint) (name uint) (score uint))
  (begin
    (var-set calls (+ (var-get calls) u1))
    (try! (stx-transfer? u10 tx-sender (as-contract tx-sender)))
    (try! (contract-call? .token mint amount tx-sender))
    (try! (contract-call? .registry register name score))
    (ok true)))

(define-public (try-mint (amount uint))
  (begin
    (var-set calls (+ (var-get calls) u1))
    (match (contract-call? .token mint amount tx-sender) minted (ok true) failed (ok false))))

(define-public (refund (amount uint))
  (let ((who tx-sender))
    (var-set calls (+ (var-get calls) u1))
    (as-contract (stx-transfer? amount tx-sender who))))

(define-public (noop)
  (ok true))
