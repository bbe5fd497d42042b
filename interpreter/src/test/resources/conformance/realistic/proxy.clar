;; An upgradeable front for calculators: the admin approves an
;; implementation by the hash of its code (contract-hash?), and calls are
;; forwarded only to the approved one whose code still has that hash. Each
;; call leaves a receipt rendered with to-ascii?.
(use-trait calculator .calc-trait.calculator)
(define-constant admin tx-sender)
(define-data-var current (optional {impl: principal, code: (buff 32)}) none)
(define-data-var calls uint u0)
(define-map receipts uint {impl: principal, result: (response uint uint), text: (string-ascii 240), at: uint})

(define-read-only (get-current) (var-get current))
(define-read-only (receipt (id uint)) (map-get? receipts id))
(define-read-only (code-of (who principal)) (contract-hash? who))

(define-public (approve (impl principal))
  (begin
    (asserts! (is-eq tx-sender admin) (err u401))
    (let ((code (try! (contract-hash? impl))))
      (var-set current (some {impl: impl, code: code}))
      (print {approved: impl, code: code})
      (ok code))))

(define-public (compute (impl <calculator>) (a uint) (b uint))
  (let ((cur (unwrap! (var-get current) (err u404)))
        (id (+ (var-get calls) u1)))
    (asserts! (is-eq (contract-of impl) (get impl cur)) (err u403))
    (asserts! (is-eq (contract-hash? (contract-of impl)) (ok (get code cur))) (err u409))
    (let ((result (contract-call? impl compute a b))
          (text (concat (concat (unwrap-panic (to-ascii? (contract-of impl))) " -> ")
                        (match result
                          r (unwrap-panic (to-ascii? r))
                          e (concat "err " (unwrap-panic (to-ascii? e)))))))
      (var-set calls id)
      (map-set receipts id {impl: (contract-of impl), result: result, text: text, at: stacks-block-height})
      (print {receipt: id, text: text, version: (try! (contract-call? impl version))})
      (ok result))))

(define-read-only (render (v int) (flag bool) (data (buff 8)))
  {v: (to-ascii? v), flag: (to-ascii? flag), data: (to-ascii? data), me: (to-ascii? current-contract),
   neg: (to-ascii? -42), max: (to-ascii? u340282366920938463463374607431768211455), u: (to-ascii? u"caf\u{e9}")})
