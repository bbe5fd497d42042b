;; An invariant that a deposit of 20 breaks: the fuzzer finds faucet u20 then deposit u20.
(define-read-only (invariant-total-below-20)
  (< (var-get total) u20))
