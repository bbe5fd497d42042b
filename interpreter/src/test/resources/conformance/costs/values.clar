;; Values whose sizes drive costs: lists and tuples read from storage keep their declared
;; types; variables are looked at in place by some forms and copied by others (which matters
;; from epoch 3.4); arguments are type-checked by size from epoch 3.3.
(define-data-var tags (list 10 (string-ascii 8)) (list "a"))
(define-data-var note (string-utf8 40) u"n")
(define-map profiles uint {name: (string-ascii 30), tags: (list 5 (string-ascii 8)), score: int})
(define-constant big-list (list u1 u2 u3 u4 u5 u6 u7 u8))

(define-private (count-tags (l (list 10 (string-ascii 8)))) (len-ish l))
(define-private (len-ish (l (list 10 (string-ascii 8)))) (is-eq l (list)))
(define-private (pass (t {name: (string-ascii 30), tags: (list 5 (string-ascii 8)), score: int})) t)

(define-public (set-tags (l (list 10 (string-ascii 8))))
  (ok (var-set tags l)))

(define-read-only (read-tags)
  (let ((l (var-get tags)))
    (list (count-tags l) (count-tags (var-get tags)) (count-tags (list "z")) (is-eq l l))))

(define-public (set-profile (id uint) (name (string-ascii 30)) (score int))
  (begin
    (asserts! (> score -100) (err u0))
    (ok (map-set profiles id {name: name, tags: (list "x" "yy"), score: score}))))

(define-read-only (read-profile (id uint))
  (let ((p (unwrap-panic (map-get? profiles id)))
        (q (merge p {score: 0}))
        (r (pass p)))
    {name: (get name p), q: (get score q), r: (get score r), same: (is-eq p r)}))

(define-read-only (borrowing (a uint) (b bool) (who principal))
  (let ((x a) (y b) (z {k: a}))
    x
    y
    (if y (asserts! y (err u1)) false)
    (print x)
    (and y (or y false) (not y))
    (> x a)
    (<= a x)
    (map-get? profiles x)
    (stx-get-balance who)
    (ok (list x a (get k z) (default-to u0 (some x))))))

(define-public (deleting (id uint))
  (let ((k id))
    (ok {d: (map-delete profiles k), again: (map-delete profiles k), g: (map-get? profiles k)})))

(define-read-only (constants)
  (let ((l big-list) (n note-default))
    (list (is-eq l big-list) (is-eq n u"n"))))

(define-constant note-default u"n")

(define-public (call-public (id uint))
  (begin
    (try! (set-profile id "nested" 3))
    (set-profile (+ id u1) "nested-too" 4)))

(print {deployed: true, tags: (var-get tags)})
(var-set note u"set at deploy")
