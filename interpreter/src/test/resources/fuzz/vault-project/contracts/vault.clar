;; A vault of the token: what each account deposited, and the total.
(define-data-var total uint u0)
(define-map deposits principal uint)

(define-public (faucet (amount uint))
  (contract-call? .token mint amount))

(define-public (deposit (amount uint))
  (begin
    (try! (contract-call? .token transfer amount tx-sender (as-contract tx-sender)))
    (map-set deposits tx-sender (+ amount (default-to u0 (map-get? deposits tx-sender))))
    (var-set total (+ (var-get total) amount))
    (ok amount)))

(define-public (withdraw (amount uint))
  (let ((who tx-sender)
        (has (default-to u0 (map-get? deposits tx-sender))))
    (asserts! (<= amount has) (err u10))
    (try! (as-contract (contract-call? .token transfer amount tx-sender who)))
    (map-set deposits who (- has amount))
    (var-set total (- (var-get total) amount))
    (ok amount)))
