;; STX vesting: a funder locks an amount for a beneficiary with a cliff and a
;; linear schedule by tenure height; the beneficiary claims what has vested,
;; the funder can revoke the unvested rest. Claims record the tenure's
;; information (get-tenure-info?) and the block (get-stacks-block-info?).
(define-constant err-none (err u1))
(define-constant err-cliff (err u2))
(define-constant err-nothing (err u3))
(define-constant err-owner (err u4))

(define-map grants principal {funder: principal, total: uint, claimed: uint, start: uint, cliff: uint, duration: uint, revoked: bool})
(define-map claims {who: principal, n: uint} {amount: uint, tenure: uint, burn: (optional (buff 32)), miner: (optional principal)})
(define-map claim-count principal uint)

(define-read-only (grant-of (who principal)) (map-get? grants who))
(define-read-only (claim-of (who principal) (n uint)) (map-get? claims {who: who, n: n}))

(define-read-only (vested (who principal))
  (match (map-get? grants who)
    g (let ((elapsed (- tenure-height (get start g))))
        (ok (if (< elapsed (get cliff g)) u0
              (if (>= elapsed (get duration g)) (get total g)
                (/ (* (get total g) elapsed) (get duration g))))))
    err-none))

(define-public (grant (who principal) (total uint) (cliff uint) (duration uint))
  (begin
    (asserts! (map-insert grants who {funder: tx-sender, total: total, claimed: u0, start: tenure-height, cliff: cliff, duration: duration, revoked: false}) err-owner)
    (try! (stx-transfer-memo? total tx-sender (as-contract tx-sender) 0x6772616e74))
    (ok (stx-account (as-contract tx-sender)))))

(define-public (claim)
  (let ((who tx-sender)
        (g (unwrap! (map-get? grants who) err-none))
        (due (- (try! (vested who)) (get claimed g)))
        (n (+ u1 (default-to u0 (map-get? claim-count who)))))
    (asserts! (> (try! (vested who)) u0) err-cliff)
    (asserts! (> due u0) err-nothing)
    (map-set grants who (merge g {claimed: (+ (get claimed g) due)}))
    (map-set claim-count who n)
    (map-set claims {who: who, n: n}
      {amount: due, tenure: tenure-height,
       burn: (get-tenure-info? burnchain-header-hash (- stacks-block-height u1)),
       miner: (get-tenure-info? miner-address (- stacks-block-height u1))})
    (try! (as-contract (stx-transfer? due tx-sender who)))
    (ok due)))

(define-public (revoke (who principal))
  (let ((g (unwrap! (map-get? grants who) err-none))
        (funder tx-sender)
        (keep (try! (vested who)))
        (back (- (get total g) keep)))
    (asserts! (is-eq tx-sender (get funder g)) err-owner)
    (asserts! (not (get revoked g)) err-nothing)
    (map-set grants who (merge g {total: keep, revoked: true}))
    (and (> back u0) (try! (as-contract (stx-transfer? back tx-sender funder))))
    (ok back)))

(define-public (burn-dust (amount uint))
  (stx-burn? amount tx-sender))
