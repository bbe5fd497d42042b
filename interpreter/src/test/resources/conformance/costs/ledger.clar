;; A contract for cost conformance: every native the foundation implements, in forms
;; valid from Clarity 1 to 5, so that the same contract can be costed in every epoch.
(define-constant owner tx-sender)
(define-constant limit u100)
(define-constant names (list "a" "bb" "ccc"))
(define-constant err-low (err u1))
(define-data-var counter uint u0)
(define-data-var label (string-ascii 32) "start")
(define-data-var history (list 10 uint) (list))
(define-map ledger principal {amount: uint, memo: (string-utf8 20)})
(define-map flags {id: uint, tag: (buff 4)} bool)

(define-private (double (x uint)) (* x u2))
(define-private (clamp (x uint)) (if (> x limit) limit x))

(define-read-only (arith (a int) (b int))
  (list (+ a b) (- a b) (* a b) (/ a b) (mod a b) (pow a 2) (sqrti (* a a)) (log2 (+ (* a a) 1))))

(define-read-only (casts (a int) (b uint))
  {int: (to-int b), uint: (to-uint a), neg: (- a), sum: (+ a 1 2 3 4 5)})

(define-read-only (compare (a uint) (b uint))
  {lt: (< a b), le: (<= a b), gt: (> a b), ge: (>= a b), eq: (is-eq a b), ne: (not (is-eq a b b))})

(define-read-only (logic (a bool) (b bool))
  (list (and a b) (or a b) (not a) (and a b true) (or false false b) (is-eq (+ 5 3) 8)))

(define-read-only (options (x (optional uint)) (r (response uint uint)))
  {some: (is-some x), none: (is-none x), ok: (is-ok r), err: (is-err r),
   dflt: (default-to u7 x), m: (match x v (+ v u1) u0), mr: (match r o (* o u2) e (+ e u100))})

(define-read-only (unwraps (x (optional uint)) (r (response uint uint)))
  (begin
    (asserts! (is-some x) (err u10))
    (let ((a (unwrap! x (err u11)))
          (b (unwrap-panic r))
          (c (try! r)))
      (ok (+ a b c (unwrap-err-panic (if true (err u1) (ok u2))))))))

(define-read-only (failing (r (response uint uint)))
  (begin (unwrap-err! r (err u20)) (ok u0)))

(define-read-only (tuples (a uint))
  (let ((t {x: a, y: (double a), z: "zz"})
        (u (merge t {y: u0, w: true})))
    (list (get x t) (get y u) (get y t) (clamp (* a a)))))

(define-read-only (nested (a uint))
  (let ((p a))
    (let ((q (+ p u1)))
      (let ((r (+ q p)))
        (let ((s (+ r q p)))
          {p: p, q: q, r: r, s: s, sum: (+ p q r s)})))))

(define-read-only (lists (a uint))
  (list (list a a) (list) (list a) (list (double a) (clamp a) limit)))

(define-read-only (strings)
  {names: names, label: (var-get label), u: u"h\u{e9}llo", b: 0x00ff, c: (list owner)})

(define-public (bump (by uint))
  (begin
    (var-set counter (+ (var-get counter) by))
    (var-set history (list (var-get counter) by))
    (print {event: "bump", by: by, counter: (var-get counter)})
    (ok (var-get counter))))

(define-public (relabel (l (string-ascii 32)))
  (begin (var-set label l) (ok (var-get label))))

(define-public (deposit (amount uint) (memo (string-utf8 20)))
  (let ((prev (default-to {amount: u0, memo: u""} (map-get? ledger tx-sender))))
    (asserts! (> amount u0) err-low)
    (map-set ledger tx-sender {amount: (+ amount (get amount prev)), memo: memo})
    (ok (get amount (unwrap-panic (map-get? ledger tx-sender))))))

(define-public (flag (id uint) (tag (buff 4)))
  (ok {inserted: (map-insert flags {id: id, tag: tag} true),
       again: (map-insert flags {id: id, tag: tag} false),
       got: (map-get? flags {id: id, tag: tag})}))

(define-public (unflag (id uint) (tag (buff 4)))
  (ok (list (map-delete flags {id: id, tag: tag}) (map-delete flags {id: id, tag: tag}))))

(define-public (pay (amount uint) (to principal))
  (begin
    (try! (stx-transfer? amount tx-sender to))
    (ok (stx-get-balance to))))

(define-public (fail-after-write (by uint))
  (begin
    (var-set counter by)
    (asserts! (< by u5) (err by))
    (ok by)))

(define-read-only (entry (who principal)) (map-get? ledger who))
(define-read-only (get-counter) (var-get counter))
(define-read-only (get-history) (var-get history))
