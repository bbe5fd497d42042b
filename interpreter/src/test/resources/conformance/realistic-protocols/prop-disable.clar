;; Lowers the quorum and retires the treasury extension (the second attempt).
(impl-trait .dao-traits.proposal-trait)
(define-public (execute (sender principal))
  (begin
    (try! (contract-call? .dao-voting set-quorum u100))
    (try! (contract-call? .dao-core set-extension .dao-treasury false))
    (ok true)))
