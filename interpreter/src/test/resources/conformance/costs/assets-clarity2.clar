;; Cost conformance for the STX natives of Clarity 2: stx-account, stx-transfer-memo? with
;; memos of different sizes, and stx-burn?, in each of their outcomes.
(define-read-only (account-of (who principal)) (stx-account who))
(define-public (pay-memo (amount uint) (to principal) (memo (buff 34))) (stx-transfer-memo? amount tx-sender to memo))
(define-public (burn (amount uint)) (stx-burn? amount tx-sender))
(define-public (burn-from (amount uint) (from principal)) (stx-burn? amount from))
