;; A tip jar: anyone may tip its owner in STX with a short note. The jar remembers how much
;; each principal has tipped, the total, and the largest single tip.

(define-constant owner tx-sender)
(define-constant err-zero-tip (err u100))

(define-data-var total uint u0)
(define-data-var largest { who: principal, amount: uint } { who: owner, amount: u0 })
(define-map tipped principal uint)

(define-public (tip (amount uint) (note (string-ascii 40)))
  (begin
    (asserts! (> amount u0) err-zero-tip)
    ;; fails with (err u2) when the owner tips itself, and (err u1) beyond the balance
    (try! (stx-transfer? amount tx-sender owner))
    (map-set tipped tx-sender (+ amount (tips-from tx-sender)))
    (var-set total (+ (var-get total) amount))
    (if (> amount (get amount (var-get largest)))
        (var-set largest { who: tx-sender, amount: amount })
        false)
    (print { event: "tip", from: tx-sender, amount: amount, note: note })
    (ok (var-get total))))

(define-read-only (tips-from (who principal))
  (default-to u0 (map-get? tipped who)))

(define-read-only (summary)
  { total: (var-get total), largest: (var-get largest) })
