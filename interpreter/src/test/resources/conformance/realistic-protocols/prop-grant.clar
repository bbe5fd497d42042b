;; Pays a grant out of the treasury and mints the grantee voting power.
(impl-trait .dao-traits.proposal-trait)
(define-public (execute (sender principal))
  (begin
    (try! (contract-call? .dao-treasury transfer-stx u5000000 'ST2REHHS5J3CERCRBEPMGH7921Q6PYKAADT7JP2VB))
    (try! (contract-call? .dao-token dao-mint u200 'ST2REHHS5J3CERCRBEPMGH7921Q6PYKAADT7JP2VB))
    (ok true)))
