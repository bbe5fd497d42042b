;; The middle of the chain: writes its own state, then calls the ledger.
;; `relay` propagates the ledger's err with try!; `relay-catch` keeps its
;; own writes when the ledger returns err (the ledger's are undone);
;; `relay-twice` records twice and keeps the first when the second fails;
;; `relay-as` calls as the relay itself.
(impl-trait .recorder-trait.recorder)
(define-data-var relayed uint u0)
(define-data-var last-error (optional uint) none)
(define-map seen uint (list 5 uint))

(define-read-only (state) {relayed: (var-get relayed), last-error: (var-get last-error)})
(define-read-only (seen-at (k uint)) (map-get? seen k))

(define-public (record (n uint) (mode uint))
  (begin
    (var-set relayed (+ (var-get relayed) u1))
    (print {relay: n, depth: u2})
    (contract-call? .ledger record n mode)))

(define-public (relay-catch (n uint) (mode uint))
  (begin
    (var-set relayed (+ (var-get relayed) u1))
    (match (contract-call? .ledger record n mode)
      id (begin (var-set last-error none) (ok id))
      e (begin (var-set last-error (some e)) (print {caught: e}) (ok u0)))))

(define-public (relay-twice (n uint) (first-mode uint) (second-mode uint))
  (let ((a (try! (contract-call? .ledger record n first-mode)))
        (b (contract-call? .ledger record (+ n u1) second-mode)))
    (map-set seen n (list a (default-to u0 (match b x (some x) e none)) (match b x u0 e e)))
    (ok a)))

(define-public (relay-as (n uint) (mode uint))
  (as-contract (contract-call? .ledger record n mode)))
