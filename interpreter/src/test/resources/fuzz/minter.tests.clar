;; Tests of the vault project that take a trait reference: only the token implements minter.
(define-trait minter ((mint (uint) (response bool uint))))

(define-public (test-any-minter-mints (m <minter>) (amount uint))
  (begin
    (asserts! (and (> amount u0) (<= amount u1000)) (ok false))
    (try! (contract-call? m mint amount))
    (ok true)))

;; a public function that takes a trait nothing implements is left out of invariant runs
(define-trait nobody ((never () (response bool bool))))

(define-public (use-nobody (n <nobody>))
  (contract-call? n never))

(define-read-only (invariant-true)
  true)
