;; A Clarity 4 router that does not trust the pools it is handed: each hop
;; runs under restrict-assets? with the trader as the guarded principal, so
;; the pool may take at most the stated input of the stated token (and no
;; STX); and the router's own fee is taken under a named allowance.
(use-trait ft .sip010-trait.sip-010-trait)
(use-trait pool .pool-trait.pool-trait)

(define-constant err-slippage (err u850))

(define-public (guarded-swap (p <pool>) (a <ft>) (b <ft>) (amount uint) (min-out uint))
  (let ((trader tx-sender)
        (out (try! (restrict-assets? trader ((with-ft (contract-of a) "*" amount))
                (try! (contract-call? p swap a b amount u0))))))
    (asserts! (>= out min-out) err-slippage)
    (print {guarded: true, pool: (contract-of p), out: out})
    (ok out)))

(define-public (guarded-swap-2 (p1 <pool>) (p2 <pool>) (a <ft>) (b <ft>) (c <ft>) (amount uint) (min-out uint))
  (let ((trader tx-sender)
        (mid (try! (restrict-assets? trader ((with-ft (contract-of a) "*" amount))
                (try! (contract-call? p1 swap a b amount u0)))))
        (out (try! (restrict-assets? trader ((with-ft (contract-of b) "*" mid))
                (try! (contract-call? p2 swap b c mid u0))))))
    (asserts! (>= out min-out) err-slippage)
    (ok {mid: mid, out: out})))

;; no allowance at all: any token leaving the trader fails the hop
(define-public (unguarded-by-mistake (p <pool>) (a <ft>) (b <ft>) (amount uint))
  (restrict-assets? tx-sender ()
    (try! (contract-call? p swap a b amount u0))))
