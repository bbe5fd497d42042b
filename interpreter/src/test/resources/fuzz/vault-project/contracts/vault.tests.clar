;; The vault holds exactly what it owes.
(define-read-only (invariant-holds-the-total)
  (is-eq (var-get total) (contract-call? .token balance-of (as-contract tx-sender))))

;; a deposit is counted for its sender
(define-public (test-deposit-counts (amount uint))
  (let ((before (default-to u0 (map-get? deposits tx-sender))))
    (unwrap! (faucet amount) (ok false))
    (unwrap! (deposit amount) (ok false))
    (asserts! (is-eq (map-get? deposits tx-sender) (some (+ before amount))) (err u1))
    (ok true)))
