;; What the router needs of a pool: a swap between its two tokens (given as
;; SIP-010 traits, in the direction of the call) and its reserves.
(use-trait ft .sip010-trait.sip-010-trait)
(define-trait pool-trait
  ((swap (<ft> <ft> uint uint) (response uint uint))
   (get-pair () (response {x: principal, y: principal, reserve-x: uint, reserve-y: uint, fee-bps: uint} uint))))
