;; Cost conformance for sequences and higher-order functions: every native whose cost
;; depends on sizes or lengths, given variables (copied or only looked at in epoch 3.4)
;; and lists that carry declared types (read from storage, built by append and concat).
;; Clarity 1, so that the same contract runs in every epoch.
(define-data-var stored (list 10 int) (list 1 2))
(define-data-var words (list 5 (string-ascii 8)) (list "ab" "cde"))
(define-data-var pairs (list 4 {k: uint, v: (buff 3)}) (list {k: u1, v: 0x01}))

(define-private (twice (n int)) (* n 2))
(define-private (is-odd (n int)) (is-eq (mod n 2) 1))
(define-private (longer (w (string-ascii 8)) (acc uint)) (if (> (len w) acc) (len w) acc))
(define-private (join (w (string-ascii 8)) (acc (string-ascii 64)))
  (unwrap-panic (as-max-len? (concat acc w) u64)))
(define-private (push (n int) (acc (list 20 int)))
  (unwrap-panic (as-max-len? (append acc n) u20)))

(define-read-only (maps (xs (list 10 int)) (ys (list 10 int)))
  {twice: (map twice xs), sums: (map + xs ys), less: (map < xs ys), both: (map and (list true false) (list true true)),
   stored: (map twice (var-get stored)), words: (map size-of (var-get words))})
(define-private (size-of (w (string-ascii 8))) (len w))

(define-read-only (filters (xs (list 10 int)))
  {odd: (filter is-odd xs), stored: (filter is-odd (var-get stored)), chars: (filter is-letter-a "banana"),
   kept: (len (filter is-odd xs))})
(define-private (is-letter-a (c (string-ascii 1))) (is-eq c "a"))

(define-read-only (folds (xs (list 10 int)))
  {sum: (fold + xs 0), longest: (fold longer (var-get words) u0), joined: (fold join (var-get words) ""),
   pushed: (fold push xs (list)), max: (fold push (var-get stored) (list 7))})

(define-read-only (appends (xs (list 10 int)) (w (string-ascii 8)))
  (let ((a (append xs 99))
        (b (append (var-get stored) 3))
        (c (append (var-get words) w))
        (d (append (list) w)))
    {a: a, b: b, c: c, d: d, la: (len a), again: (append b (to-int (len a))), nested: (append (list (var-get stored)) xs)}))

(define-read-only (concats (xs (list 10 int)) (s (string-ascii 20)) (u (string-utf8 10)) (b (buff 16)))
  (let ((l (concat xs (var-get stored)))
        (t (concat s s)))
    {l: l, ll: (concat l l), s: t, u: (concat u u"\u{e9}"), b: (concat b 0x0102), e: (concat (list) xs),
     w: (concat (var-get words) (list s))}))

(define-read-only (bounded (xs (list 10 int)) (s (string-ascii 20)))
  {short: (as-max-len? xs u2), long: (as-max-len? xs u10), stored: (as-max-len? (var-get stored) u3),
   text: (as-max-len? s u5), kept: (match (as-max-len? (var-get stored) u4) l (len l) u0)})

(define-read-only (access (xs (list 10 int)) (s (string-utf8 10)) (b (buff 8)))
  {len: (list (len xs) (len s) (len b) (len (var-get stored))),
   at: (list (element-at xs u0) (element-at xs u9) (element-at (var-get stored) u1)),
   index: (list (index-of xs 2) (index-of (var-get stored) 5)),
   text: (index-of s u"b"), byte: (index-of b 0x02), pair: (index-of (var-get pairs) {k: u1, v: 0x01})})

(define-read-only (build (a int) (w (string-ascii 8)))
  {list: (list a a a), nested: (list (var-get stored) (list a)), words: (list w "x" (unwrap-panic (element-at (var-get words) u0))),
   tuples: (list {k: u1, v: 0x0102} {k: u2, v: 0x}), printed: (print (var-get pairs))})

(define-public (grow (n int) (w (string-ascii 8)))
  (begin
    (var-set stored (unwrap! (as-max-len? (append (var-get stored) n) u10) (err u1)))
    (var-set words (unwrap! (as-max-len? (append (var-get words) w) u5) (err u2)))
    (ok {stored: (var-get stored), words: (var-get words)})))
