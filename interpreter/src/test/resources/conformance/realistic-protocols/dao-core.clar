;; The executor: it holds no logic of its own. Proposals (contracts of the
;; proposal trait) run once each, under as-contract? with every asset
;; allowed, so that they act as the DAO; enabled extensions may execute
;; proposals and toggle extensions. The deployer bootstraps it once.
(use-trait proposal-trait .dao-traits.proposal-trait)
(use-trait extension-trait .dao-traits.extension-trait)

(define-constant err-unauthorised (err u1000))
(define-constant err-already-executed (err u1001))
(define-constant err-invalid-extension (err u1002))

(define-data-var executive principal tx-sender)
(define-map executed-proposals principal uint)
(define-map extensions principal bool)

(define-read-only (is-extension (extension principal))
  (default-to false (map-get? extensions extension)))

(define-read-only (executed-at (proposal principal))
  (map-get? executed-proposals proposal))

(define-private (is-self-or-extension)
  (ok (asserts! (or (is-eq tx-sender current-contract) (is-extension contract-caller)) err-unauthorised)))

(define-public (set-extension (extension principal) (enabled bool))
  (begin
    (try! (is-self-or-extension))
    (print {event: "extension", extension: extension, enabled: enabled})
    (ok (map-set extensions extension enabled))))

(define-private (set-extensions-iter (item {extension: principal, enabled: bool}))
  (begin
    (print {event: "extension", extension: (get extension item), enabled: (get enabled item)})
    (map-set extensions (get extension item) (get enabled item))))

(define-public (set-extensions (list-of (list 20 {extension: principal, enabled: bool})))
  (begin
    (try! (is-self-or-extension))
    (ok (map set-extensions-iter list-of))))

(define-public (execute (proposal <proposal-trait>) (sender principal))
  (begin
    (try! (is-self-or-extension))
    (asserts! (map-insert executed-proposals (contract-of proposal) stacks-block-height) err-already-executed)
    (print {event: "execute", proposal: (contract-of proposal)})
    (as-contract? ((with-all-assets-unsafe))
      (try! (contract-call? proposal execute sender)))))

(define-public (construct (proposal <proposal-trait>))
  (let ((sender tx-sender))
    (asserts! (is-eq sender (var-get executive)) err-unauthorised)
    (var-set executive current-contract)
    (as-contract? ((with-all-assets-unsafe))
      (try! (execute proposal sender)))))

(define-public (request-extension-callback (extension <extension-trait>) (memo (buff 34)))
  (let ((sender tx-sender))
    (asserts! (is-extension contract-caller) err-invalid-extension)
    (asserts! (is-eq contract-caller (contract-of extension)) err-invalid-extension)
    (as-contract? () (try! (contract-call? extension callback sender memo)))))
