;; Cost conformance for the types values carry, which their sizes (and so variable lookups,
;; list building, printing and argument checks) follow: stored values keep their declared types,
;; append, concat, as-max-len? and filter give their results types of their own, a constant built
;; from them keeps its type, and a value crossing a contract call loses it from epoch 2.4.
;; Clarity 1, so that the same contract runs in every epoch.
(define-data-var entries (list 20 {id: uint, tag: (string-ascii 30)}) (list {id: u1, tag: "a"}))
(define-data-var names (list 8 (string-ascii 40)) (list "x" "yy"))
(define-constant bounded (unwrap-panic (as-max-len? (list u1 u2) u50)))
(define-constant grown (append (list u1 u2) u3))

(define-private (tag-of (e {id: uint, tag: (string-ascii 30)})) (get tag e))
(define-private (count-all (xs (list 50 uint))) (len xs))
(define-private (is-long (n (string-ascii 40))) (> (len n) u1))

(define-read-only (stored)
  (let ((es (var-get entries)) (ns (var-get names)))
    {tags: (map tag-of es), first: (element-at es u0), names: ns, long: (filter is-long ns), again: (list es es)}))
(define-read-only (constants)
  {bounded: bounded, grown: grown, counted: (count-all bounded), printed: (print grown), listed: (list bounded grown)})
(define-read-only (built (x uint))
  (let ((a (append bounded x)) (c (concat bounded grown)) (m (unwrap-panic (as-max-len? c u9))))
    {a: a, c: c, m: m, all: (list a c m), n: (count-all m)}))
(define-public (add-entry (id uint) (tag (string-ascii 30)))
  (begin
    (var-set entries (unwrap! (as-max-len? (append (var-get entries) {id: id, tag: tag}) u20) (err u1)))
    (ok (var-get entries))))

