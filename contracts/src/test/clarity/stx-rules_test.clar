;; Tests written in Clarity, run by ClarityWrittenTests with the clarunit conventions: each
;; public test- function is a test that must return (ok true); prepare runs before each one.
;;
;; They pin the rules of stx-transfer? that compute-market's payouts rely on, and that make
;; the seed contract's withdraw-earnings fail.

(define-constant ALICE 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5)
(define-constant BOB 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG)

;; Before each test the deployer puts 1000 micro-STX into this contract.
(define-public (prepare)
  (stx-transfer? u1000 tx-sender (as-contract tx-sender)))

;; @name inside as-contract, tx-sender and contract-caller are the contract
;; @caller wallet_1
(define-public (test-as-contract-is-the-contract)
  (begin
    (asserts! (is-eq tx-sender ALICE) (err "the test runs as wallet_1"))
    (asserts! (is-eq (as-contract tx-sender) .stx-rules_test) (err "tx-sender should be the contract"))
    (asserts! (is-eq (as-contract contract-caller) .stx-rules_test) (err "contract-caller should be the contract"))
    (ok true)))

;; @name paying oneself is (err u2): why the seed's withdraw-earnings never pays
(define-public (test-paying-oneself-is-err-2)
  (begin
    (asserts! (is-eq (as-contract (stx-transfer? u10 tx-sender tx-sender)) (err u2)) (err "expected (err u2)"))
    (asserts! (is-eq (stx-get-balance .stx-rules_test) u1000) (err "nothing should move"))
    (ok true)))

;; @name a recipient captured before as-contract is paid from the contract's balance
;; @caller wallet_1
(define-public (test-captured-recipient-is-paid)
  (let
    (
      (recipient tx-sender)
      (before (stx-get-balance tx-sender))
    )
    (unwrap! (as-contract (stx-transfer? u10 tx-sender recipient)) (err "the payout failed"))
    (asserts! (is-eq (stx-get-balance recipient) (+ before u10)) (err "the recipient was not paid"))
    (asserts! (is-eq (stx-get-balance .stx-rules_test) u990) (err "the contract did not pay"))
    (ok true)))

;; @name a zero amount is (err u3)
(define-public (test-zero-amount-is-err-3)
  (begin
    (asserts! (is-eq (stx-transfer? u0 tx-sender BOB) (err u3)) (err "expected (err u3)"))
    (ok true)))

;; @name a contract without STX cannot pay: (err u1)
;; @no-prepare
(define-public (test-empty-contract-is-err-1)
  (begin
    (asserts! (is-eq (as-contract (stx-transfer? u1 tx-sender ALICE)) (err u1)) (err "expected (err u1)"))
    (ok true)))

;; @name only tx-sender's own STX can move: (err u4)
(define-public (test-someone-elses-stx-is-err-4)
  (begin
    (asserts! (is-eq (stx-transfer? u1 ALICE BOB) (err u4)) (err "expected (err u4)"))
    (ok true)))
