;; Cost conformance for contract calls: a second target of the trait, declaring it.
(impl-trait .callee.getter)
(define-public (get-list) (if false (err u1) (ok (list u7 u8 u9))))
