;; Cost conformance for contract calls: static calls, calls through a trait (the simnet's
;; call tracer looks the trait's name up first), contract-of, and values of every size
;; passed both ways.
(use-trait getter .callee.getter)
(define-read-only (static-read) (contract-call? .callee peek))
(define-public (static (xs (list 10 uint)) (name (string-ascii 12)))
  (let ((got (try! (contract-call? .callee get-list))))
    (ok {got: got, more: (append got u3), taken: (try! (contract-call? .callee take xs {name: name, n: (len xs)}))})))
(define-public (dynamic (target <getter>))
  (let ((got (try! (contract-call? target get-list))))
    (ok {got: got, more: (append got u3), who: (contract-of target)})))
(define-public (twice (target <getter>))
  (begin (try! (contract-call? target get-list)) (contract-call? target get-list)))
