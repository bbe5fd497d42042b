;; Takes any SIP-010 token through the trait and forwards a tip, keeping a
;; count per token; the token sees this contract as contract-caller.
(use-trait sip-010 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.sip010-trait.sip-010-trait)
(define-map tips principal uint)

(define-read-only (tips-of (token principal)) (default-to u0 (map-get? tips token)))

(define-public (tip (token <sip-010>) (amount uint) (to principal))
  (begin
    (try! (contract-call? token transfer amount tx-sender to (some 0x746970)))
    (map-set tips (contract-of token) (+ (tips-of (contract-of token)) amount))
    (ok (tips-of (contract-of token)))))

;; names the sender itself: only the token's contract-caller check can admit it
(define-public (pull (token <sip-010>) (amount uint) (from principal))
  (contract-call? token transfer amount from tx-sender none))

(define-public (describe (token <sip-010>))
  (ok {name: (try! (contract-call? token get-name)),
       decimals: (try! (contract-call? token get-decimals)),
       supply: (try! (contract-call? token get-total-supply))}))
