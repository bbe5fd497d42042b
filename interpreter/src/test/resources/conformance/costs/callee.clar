;; Cost conformance for contract calls: the callee. Its stored list keeps its declared type
;; inside, and loses it when it crosses the call (sanitized from epoch 2.4).
(define-trait getter ((get-list () (response (list 10 uint) uint))))
(define-data-var items (list 10 uint) (list u1 u2))
(define-public (get-list) (if (is-eq (len (var-get items)) u0) (err u1) (ok (var-get items))))
(define-public (take (xs (list 10 uint)) (t {name: (string-ascii 12), n: uint}))
  (if (> (len xs) u100) (err u1) (ok {count: (len xs), name: (get name t), echo: t})))
(define-read-only (peek) (var-get items))
