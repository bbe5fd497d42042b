(define-public (test-returns-err) (err "the balance should be u5"))
(define-public (test-returns-ok-false) (ok false))
(define-public (test-divides-by-zero) (ok (is-eq u1 (/ u1 (- u1 u1)))))
(define-public (test-with-parameter (x uint)) (ok true))
;; @caller wallet_42
(define-public (test-unknown-caller) (ok true))
;; @mine-blocks-before many
(define-public (test-bad-block-count) (ok true))
(define-public (prepare) (ok true))
;; @prepare prepare-fails
(define-public (test-failing-prepare) (ok true))
(define-public (prepare-fails) (err u9))
