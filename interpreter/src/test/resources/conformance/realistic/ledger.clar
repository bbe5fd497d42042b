;; The innermost contract of a call chain. Every record writes a map entry,
;; bumps a counter, mints points, takes a one-micro-STX fee, and prints, and
;; only then ends the way `mode` asks: 0 ok, 1 err, 2 division by zero,
;; 3 unwrap-panic of none, 4 overflow, 5 a failed asserts!, 6 a failed token
;; transfer under try!, 7 an unwrap! of a missing entry, 8 an element past
;; the end of a list.
(impl-trait .recorder-trait.recorder)
(define-fungible-token pts)
(define-data-var counter uint u0)
(define-map entries uint {n: uint, by: principal, caller: principal})

(define-read-only (count) (var-get counter))
(define-read-only (entry (id uint)) (map-get? entries id))
(define-read-only (points (who principal)) (ft-get-balance pts who))
(define-read-only (fees) (stx-get-balance (as-contract tx-sender)))

(define-private (finish (id uint) (n uint) (mode uint))
  (begin
    (asserts! (not (is-eq mode u1)) (err (+ u100 id)))
    (asserts! (not (is-eq mode u5)) (err u5))
    (if (is-eq mode u2) (ok (/ n (- mode u2)))
    (if (is-eq mode u3) (ok (get n (unwrap-panic (map-get? entries u0))))
    (if (is-eq mode u4) (ok (+ n u340282366920938463463374607431768211455))
    (if (is-eq mode u6) (begin (try! (ft-transfer? pts (+ n u1) tx-sender contract-caller)) (ok u6))
    (if (is-eq mode u7) (ok (get n (unwrap! (map-get? entries (+ id u1)) (err u7))))
    (if (is-eq mode u8) (ok (unwrap-panic (element-at (list u1 u2) n)))
    (ok id)))))))))

(define-public (record (n uint) (mode uint))
  (let ((id (+ (var-get counter) u1)))
    (var-set counter id)
    (map-set entries id {n: n, by: tx-sender, caller: contract-caller})
    (try! (ft-mint? pts n tx-sender))
    (try! (stx-transfer? u1 tx-sender (as-contract tx-sender)))
    (print {ledger: id, n: n, mode: mode, caller: contract-caller})
    (finish id n mode)))
