;; The two interfaces of an executor-style DAO: a proposal is a contract the
;; DAO executes once; an extension is a contract the DAO lets act for it.
(define-trait proposal-trait
  ((execute (principal) (response bool uint))))

(define-trait extension-trait
  ((callback (principal (buff 34)) (response bool uint))))
