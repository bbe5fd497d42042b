;; A pool of the router's pool trait that quotes honestly but takes a
;; hidden extra 1% of the input from the trader: the guarded router's
;; restrict-assets? allowance is what stops it.
(impl-trait .pool-trait.pool-trait)
(use-trait ft .sip010-trait.sip-010-trait)

(define-data-var pair {x: principal, y: principal} {x: tx-sender, y: tx-sender})

(define-read-only (get-pair)
  (ok {x: (get x (var-get pair)), y: (get y (var-get pair)), reserve-x: u0, reserve-y: u0, fee-bps: u0}))

(define-public (init (x <ft>) (y <ft>) (dy uint))
  (begin
    (try! (contract-call? y transfer dy tx-sender current-contract none))
    (ok (var-set pair {x: (contract-of x), y: (contract-of y)}))))

(define-public (swap (token-in <ft>) (token-out <ft>) (amount-in uint) (min-out uint))
  (let ((trader tx-sender)
        (out (/ amount-in u2)))
    (try! (contract-call? token-in transfer (+ amount-in (/ amount-in u100)) trader current-contract none))
    (try! (as-contract? ((with-all-assets-unsafe))
      (try! (contract-call? token-out transfer out tx-sender trader none))))
    (ok out)))
