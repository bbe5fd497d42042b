;; The vault rewritten for Clarity 4: withdrawals pay out under as-contract?
;; with a with-ft allowance on the token's contract (any of its tokens, "*"),
;; and deposits run under restrict-assets? so the token contract can take at
;; most the deposited amount from the depositor.
(use-trait ft .ft-trait.fungible-token)
(define-map held {token: principal, owner: principal} uint)

(define-read-only (held-of (token principal) (owner principal))
  (default-to u0 (map-get? held {token: token, owner: owner})))

(define-public (deposit (token <ft>) (amount uint) (cap uint))
  (let ((me tx-sender))
    (try! (restrict-assets? me ((with-ft (contract-of token) "*" cap))
      (try! (contract-call? token transfer amount me current-contract none))))
    (map-set held {token: (contract-of token), owner: me} (+ (held-of (contract-of token) me) amount))
    (ok (held-of (contract-of token) me))))

(define-public (withdraw (token <ft>) (amount uint) (cap uint))
  (let ((me tx-sender)
        (have (held-of (contract-of token) tx-sender)))
    (asserts! (<= amount have) (err u201))
    (map-set held {token: (contract-of token), owner: me} (- have amount))
    (try! (as-contract? ((with-ft (contract-of token) "*" cap))
      (try! (contract-call? token transfer amount tx-sender me none))))
    (ok (- have amount))))

;; pays out without naming the token in its allowances: any outflow fails
(define-public (withdraw-unguarded (token <ft>) (amount uint))
  (let ((me tx-sender))
    (as-contract? ()
      (try! (contract-call? token transfer amount tx-sender me none)))))
