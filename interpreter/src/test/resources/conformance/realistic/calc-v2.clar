;; Second implementation: multiplies, and refuses zero.
(impl-trait 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.calc-trait.calculator)
(define-read-only (version) (ok "v2"))
(define-public (compute (a uint) (b uint))
  (begin
    (asserts! (and (> a u0) (> b u0)) (err u20))
    (ok (* a b))))
