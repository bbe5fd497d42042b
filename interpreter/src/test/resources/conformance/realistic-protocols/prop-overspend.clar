;; Asks the treasury for more than it holds: its execution fails, and the
;; conclusion that ran it is undone with it.
(impl-trait .dao-traits.proposal-trait)
(define-public (execute (sender principal))
  (begin
    (try! (contract-call? .dao-token dao-mint u1 sender))
    (try! (contract-call? .dao-treasury transfer-stx u999000000000000 sender))
    (ok true)))
