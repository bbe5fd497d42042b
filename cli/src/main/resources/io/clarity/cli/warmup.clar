;; The contract of the start-up archive's warm-up run (io.clarity.cli.Warmup): a small escrow
;; that touches the natives most contracts use, so that their classes go into the archive.
(define-constant owner tx-sender)
(define-constant err-unknown (err u404))
(define-data-var total uint u0)
(define-map deposits principal { amount: uint, count: uint })
(define-fungible-token credit)
(define-non-fungible-token badge uint)

(define-read-only (get-deposit (who principal))
  (default-to { amount: u0, count: u0 } (map-get? deposits who)))

(define-private (add (a uint) (b uint))
  (+ a b))

(define-public (deposit (amount uint))
  (let ((prev (get-deposit tx-sender)))
    (asserts! (> amount u0) (err u1))
    (try! (stx-transfer? amount tx-sender (as-contract tx-sender)))
    (map-set deposits tx-sender { amount: (+ (get amount prev) amount), count: (+ (get count prev) u1) })
    (var-set total (fold add (list amount u0) (var-get total)))
    (try! (ft-mint? credit amount tx-sender))
    (print { event: "deposit", who: tx-sender, amount: amount, hash: (sha256 amount) })
    (ok (var-get total))))

(define-public (withdraw (amount uint))
  (let ((who tx-sender)
        (prev (unwrap! (map-get? deposits who) err-unknown)))
    (asserts! (<= amount (get amount prev)) (err u2))
    (map-set deposits who (merge prev { amount: (- (get amount prev) amount) }))
    (try! (ft-burn? credit amount who))
    (as-contract (stx-transfer? amount tx-sender who))))

(define-public (award (id uint) (to principal))
  (begin
    (asserts! (is-eq tx-sender owner) (err u3))
    (match (nft-mint? badge id to)
      minted (ok id)
      code (err (+ u100 code)))))
