;; What the relay and the front call: record an entry, in one of several
;; ways of ending (see ledger.clar).
(define-trait recorder
  ((record (uint uint) (response uint uint))))
