;; A vault that holds any token of the fungible-token trait for its users.
;; Deposits pull the tokens in through the trait; withdrawals pay out as the
;; vault (as-contract). Balances are kept per (token, owner).
(use-trait ft .ft-trait.fungible-token)

(define-constant err-empty (err u200))
(define-constant err-short (err u201))
(define-constant err-paused (err u202))

(define-data-var paused bool false)
(define-data-var admin principal tx-sender)
(define-map held {token: principal, owner: principal} uint)
(define-map totals principal {deposits: uint, withdrawals: uint, volume: uint})

(define-read-only (held-of (token principal) (owner principal))
  (default-to u0 (map-get? held {token: token, owner: owner})))

(define-read-only (totals-of (token principal))
  (map-get? totals token))

(define-private (bump (token principal) (incoming bool) (amount uint))
  (let ((t (default-to {deposits: u0, withdrawals: u0, volume: u0} (map-get? totals token))))
    (map-set totals token
      (if incoming
        (merge t {deposits: (+ (get deposits t) u1), volume: (+ (get volume t) amount)})
        (merge t {withdrawals: (+ (get withdrawals t) u1), volume: (+ (get volume t) amount)})))))

(define-public (deposit (token <ft>) (amount uint))
  (let ((key {token: (contract-of token), owner: tx-sender}))
    (asserts! (not (var-get paused)) err-paused)
    (asserts! (> amount u0) err-empty)
    (try! (contract-call? token transfer amount tx-sender (as-contract tx-sender) (some 0x6465706f736974)))
    (map-set held key (+ (held-of (contract-of token) tx-sender) amount))
    (bump (contract-of token) true amount)
    (ok (held-of (contract-of token) tx-sender))))

(define-public (withdraw (token <ft>) (amount uint))
  (let ((me tx-sender)
        (have (held-of (contract-of token) tx-sender)))
    (asserts! (<= amount have) err-short)
    (map-set held {token: (contract-of token), owner: me} (- have amount))
    (try! (as-contract (contract-call? token transfer amount tx-sender me none)))
    (bump (contract-of token) false amount)
    (ok (- have amount))))

;; deposit the sum of several amounts; a zero amount refuses the whole batch
(define-private (add-one (amount uint) (acc (response uint uint)))
  (match acc
    total (if (> amount u0) (ok (+ total amount)) (err u203))
    e (err e)))

(define-public (deposit-batch (token <ft>) (amounts (list 10 uint)))
  (let ((total (try! (fold add-one amounts (ok u0)))))
    (deposit token total)))

;; move a deposit between two tokens' books in one call: both legs or neither
(define-public (rebalance (from <ft>) (to <ft>) (amount uint))
  (begin
    (try! (withdraw from amount))
    (deposit to amount)))

(define-public (set-paused (p bool))
  (begin
    (asserts! (is-eq tx-sender (var-get admin)) (err u401))
    (ok (var-set paused p))))

;; a trait call is not read-only, so this report is a public function
(define-public (vault-balance (token <ft>))
  (contract-call? token get-balance (as-contract tx-sender)))
