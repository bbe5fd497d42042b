;; Cost conformance for the types values carry in Clarity 2 and later: an argument takes its
;; parameter's tuple type and list item type (the implicit cast), from-consensus-buff? gives the
;; declared type, slice? types its list by its items, replace-at? keeps the list's type.
(define-data-var kept (list 12 (string-ascii 16)) (list "p" "q" "r"))
(define-private (describe (r {who: (string-ascii 32), tags: (list 6 (string-ascii 10))}))
  {r: r, tags: (get tags r), listed: (list r r)})
(define-private (total (xs (list 30 (buff 8)))) (len xs))

(define-read-only (casts (who (string-ascii 32)) (tag (string-ascii 10)))
  (let ((small {who: who, tags: (list tag)}))
    {small: small, described: (describe small), counted: (total (list 0x01 0x0203))}))
(define-read-only (decoded (b (buff 200)))
  (match (from-consensus-buff? (list 8 {n: uint, s: (string-ascii 12)}) b)
    xs {xs: xs, listed: (list xs), first: (element-at? xs u0)}
    {xs: (list), listed: (list), first: none}))
(define-read-only (sliced (from uint) (to uint))
  (let ((s (unwrap-panic (slice? (var-get kept) from to)))
        (r (unwrap-panic (replace-at? (var-get kept) u0 "zz"))))
    {s: s, r: r, listed: (list s r)}))
