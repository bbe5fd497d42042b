;; Cost conformance for the types values carry across a contract call: the callee's stored
;; lists arrive typed by their contents from epoch 2.4 (sanitized), as declared before.
(define-read-only (from-outside)
  (let ((got (contract-call? .typed-values stored)))
    {got: got, tags: (get tags got), names: (get names got), listed: (list (get names got))}))
(define-read-only (constants-from-outside)
  (let ((got (contract-call? .typed-values constants))) {got: got, listed: (list (get bounded got))}))
