;; The outermost contract: dispatches to any recorder through the trait,
;; records the outcome, and can go around the chain more than once.
(use-trait recorder .recorder-trait.recorder)
(define-data-var runs uint u0)
(define-map outcomes uint (response uint uint))

(define-read-only (outcome (k uint)) (map-get? outcomes k))
(define-read-only (run-count) (var-get runs))

(define-public (run (target <recorder>) (n uint) (mode uint))
  (let ((k (+ (var-get runs) u1))
        (result (contract-call? target record n mode)))
    (var-set runs k)
    (map-set outcomes k result)
    (print {front: k, result: result})
    (ok result)))

(define-public (run-strict (target <recorder>) (n uint) (mode uint))
  (begin
    (var-set runs (+ (var-get runs) u1))
    (let ((id (try! (contract-call? target record n mode))))
      (asserts! (> id u0) (err u999))
      (ok id))))

(define-private (run-one (mode uint) (acc {target: principal, ok: uint, err: uint}))
  (match (contract-call? .relay record u10 mode)
    id (merge acc {ok: (+ (get ok acc) u1)})
    e (merge acc {err: (+ (get err acc) u1)})))

(define-public (run-modes (modes (list 10 uint)))
  (ok (fold run-one modes {target: .relay, ok: u0, err: u0})))
