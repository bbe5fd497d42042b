;; Sweeps the treasury, whose allowance caps what it may send; then lowers
;; the quorum and retires the treasury.
(impl-trait .dao-traits.proposal-trait)
(define-public (execute (sender principal))
  (begin
    (try! (contract-call? .dao-treasury sweep 'ST3AM1A56AK2C1XAFJ4115ZSV26EB49BVQ10MGCS0))
    (try! (contract-call? .dao-voting set-quorum u100))
    (try! (contract-call? .dao-core set-extension .dao-treasury false))
    (ok true)))
