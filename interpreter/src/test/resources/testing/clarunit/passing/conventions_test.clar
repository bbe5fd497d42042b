;; Every clarunit convention, each checked by the test it applies to.

(define-constant deployed-at stacks-block-height)
(define-data-var prepared uint u0)
(define-data-var custom-prepared bool false)

(define-public (prepare)
  (begin
    (asserts! (is-eq tx-sender 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM) (err "prepare runs as the deployer"))
    (var-set prepared (+ (var-get prepared) u1))
    (ok true)))

(define-public (custom-prepare)
  (begin
    (var-set custom-prepared true)
    (ok true)))

;; @name prepare ran once, in the test's own block
(define-public (test-prepare-ran)
  (begin
    (asserts! (is-eq (var-get prepared) u1) (err (var-get prepared)))
    (asserts! (is-eq stacks-block-height (+ deployed-at u1)) (err stacks-block-height))
    (ok true)))

;; @no-prepare
(define-public (test-no-prepare)
  (begin
    (asserts! (is-eq (var-get prepared) u0) (err u1))
    (ok true)))

;; @prepare custom-prepare
(define-public (test-custom-prepare)
  (begin
    (asserts! (var-get custom-prepared) (err u1))
    (asserts! (is-eq (var-get prepared) u0) (err u2))
    (ok true)))

(define-public (test-default-caller-is-the-deployer)
  (begin
    (asserts! (is-eq tx-sender 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM) (err tx-sender))
    (ok true)))

;; @caller wallet_1
(define-public (test-caller-by-name)
  (begin
    (asserts! (is-eq tx-sender 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5) (err tx-sender))
    (asserts! (is-eq contract-caller tx-sender) (err contract-caller))
    (ok true)))

;; @name a caller given by address
;; @caller 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG
(define-public (test-caller-by-address)
  (begin
    (asserts! (is-eq tx-sender 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG) (err tx-sender))
    (ok true)))

;; @mine-blocks-before 5
(define-public (test-blocks-after-prepare)
  ;; prepare's own block, four empty ones, then the test's
  (begin
    (asserts! (is-eq stacks-block-height (+ deployed-at u6)) (err stacks-block-height))
    (asserts! (is-eq (var-get prepared) u1) (err u0))
    (ok true)))

;; @no-prepare
;; @mine-blocks-before 3
(define-public (test-blocks-without-prepare)
  (begin
    (asserts! (is-eq stacks-block-height (+ deployed-at u4)) (err stacks-block-height))
    (ok true)))

(define-public (test-state-does-not-leak)
  ;; whatever other tests did, this one starts from the deployed contract
  (begin
    (asserts! (not (var-get custom-prepared)) (err u1))
    (ok true)))

(define-read-only (test-read-only-is-not-a-test) (ok false))
(define-private (test-private-is-not-a-test) (ok false))
