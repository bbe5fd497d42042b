;; First implementation: adds.
(impl-trait .calc-trait.calculator)
(define-read-only (version) (ok "v1"))
(define-public (compute (a uint) (b uint)) (ok (+ a b)))
