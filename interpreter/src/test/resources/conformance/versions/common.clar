;; A contract that only uses forms every Clarity version has, deployed below
;; once per version to check that they all agree.
(define-constant limit u100)
(define-data-var total uint u0)
(define-map seen principal uint)

(define-public (add (amount uint))
  (let ((next (+ (var-get total) amount)))
    (asserts! (<= next limit) (err u1))
    (var-set total next)
    (map-set seen tx-sender (+ (default-to u0 (map-get? seen tx-sender)) amount))
    (print {who: tx-sender, amount: amount})
    (ok next)))

(define-read-only (get-total) (var-get total))

(define-read-only (seen-by (who principal)) (map-get? seen who))

(define-read-only (mixed)
  {text: "ascii", utf8: u"\u{e9}", buff: 0x0a, neg: (- 5), opt: (some (ok u1)), pow: (pow u2 u10)})
