;; Invariants and properties of compute-credit, run by ComputeCreditFuzzTest (clarity fuzz).

;; every credit minted is held by one of the accounts or contracts the fuzzer sends them to
(define-read-only (invariant-supply-is-what-is-held)
  (is-eq (ft-get-supply compute-credit)
         (fold + (map held (list
                    'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5
                    'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG 'ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC
                    'ST2NEB84ASENDXKYGJPQW86YXQCEFEX2ZQPG87ND 'ST2REHHS5J3CERCRBEPMGH7921Q6PYKAADT7JP2VB
                    'ST3AM1A56AK2C1XAFJ4115ZSV26EB49BVQ10MGCS0 'ST3PF13W7Z0RRM42A8VZRVFQ75SV1K26RXEP8YGKJ
                    'ST3NBRSFKX28FQ2ZJ1MAKX58HKHSDGNV5N7R21XCP 'STNHKEPYEPJ8ET55ZZ0M5A34J0R3N5FM2CMMMAZ6
                    (as-contract tx-sender)))
               u0)))

(define-private (held (who principal))
  (ft-get-balance compute-credit who))

;; only the deployer mints
(define-read-only (invariant-supply-needs-a-mint)
  (or (> (default-to u0 (get called (map-get? context "mint"))) u0)
      (is-eq (ft-get-supply compute-credit) u0)))

;; a transfer moves exactly the amount; the test mints it first, as code of the contract may
(define-public (test-transfer-moves (amount uint) (recipient principal))
  (if (or (is-eq amount u0) (is-eq recipient tx-sender) (> amount (room)))
      (ok false)
      (begin
        (try! (ft-mint? compute-credit amount tx-sender))
        (let ((from-before (ft-get-balance compute-credit tx-sender))
              (to-before (ft-get-balance compute-credit recipient)))
          (try! (transfer amount tx-sender recipient none))
          (asserts! (is-eq (ft-get-balance compute-credit tx-sender) (- from-before amount)) (err u1))
          (asserts! (is-eq (ft-get-balance compute-credit recipient) (+ to-before amount)) (err u2))
          (ok true)))))

;; no one but the deployer mints
(define-public (test-only-the-owner-mints (amount uint) (recipient principal))
  (if (is-eq tx-sender CONTRACT-OWNER)
      (ok false)
      (begin
        (asserts! (is-eq (mint amount recipient) ERR-OWNER-ONLY) (err u3))
        (ok true))))

;; what can still be minted under the cap
(define-private (room)
  (- u1000000000000000 (ft-get-supply compute-credit)))
