;; Token voting, an extension of the DAO: holders of at least the threshold
;; propose a proposal contract; votes lock governance tokens in this
;; contract; after the end height anyone concludes, and a proposal with more
;; votes for than against (and at least the quorum) is executed by the DAO.
;; Locked votes are reclaimed after the conclusion.
(impl-trait .dao-traits.extension-trait)
(use-trait proposal-trait .dao-traits.proposal-trait)

(define-constant err-unauthorised (err u5000))
(define-constant err-proposal-exists (err u5001))
(define-constant err-unknown-proposal (err u5002))
(define-constant err-not-started (err u5003))
(define-constant err-ended (err u5004))
(define-constant err-not-ended (err u5005))
(define-constant err-concluded (err u5006))
(define-constant err-not-concluded (err u5007))
(define-constant err-threshold (err u5008))
(define-constant err-nothing-locked (err u5009))
(define-constant err-zero (err u5010))

(define-data-var threshold uint u100)
(define-data-var quorum uint u500)
(define-data-var voting-period uint u10)

(define-map proposals principal
  {votes-for: uint, votes-against: uint, start: uint, end: uint, concluded: bool, passed: bool, proposer: principal})
(define-map locked {proposal: principal, voter: principal} uint)

(define-private (is-dao-or-extension)
  (ok (asserts! (or (is-eq tx-sender .dao-core) (contract-call? .dao-core is-extension contract-caller)) err-unauthorised)))

(define-read-only (get-proposal (proposal principal)) (map-get? proposals proposal))
(define-read-only (get-locked (proposal principal) (voter principal))
  (default-to u0 (map-get? locked {proposal: proposal, voter: voter})))
(define-read-only (get-settings)
  {threshold: (var-get threshold), quorum: (var-get quorum), voting-period: (var-get voting-period)})

(define-public (set-quorum (value uint))
  (begin (try! (is-dao-or-extension)) (ok (var-set quorum value))))

(define-public (propose (proposal <proposal-trait>) (delay uint))
  (let ((start (+ stacks-block-height delay)))
    (asserts! (>= (unwrap-panic (contract-call? .dao-token get-balance tx-sender)) (var-get threshold)) err-threshold)
    (asserts! (is-none (contract-call? .dao-core executed-at (contract-of proposal))) err-proposal-exists)
    (asserts! (map-insert proposals (contract-of proposal)
                {votes-for: u0, votes-against: u0, start: start, end: (+ start (var-get voting-period)),
                 concluded: false, passed: false, proposer: tx-sender})
              err-proposal-exists)
    (print {event: "propose", proposal: (contract-of proposal), start: start})
    (ok start)))

(define-public (vote (amount uint) (for bool) (proposal principal))
  (let ((p (unwrap! (map-get? proposals proposal) err-unknown-proposal))
        (voter tx-sender))
    (asserts! (>= stacks-block-height (get start p)) err-not-started)
    (asserts! (< stacks-block-height (get end p)) err-ended)
    (asserts! (> amount u0) err-zero)
    (try! (contract-call? .dao-token transfer amount voter current-contract none))
    (map-set locked {proposal: proposal, voter: voter} (+ (get-locked proposal voter) amount))
    (map-set proposals proposal
      (if for (merge p {votes-for: (+ (get votes-for p) amount)})
              (merge p {votes-against: (+ (get votes-against p) amount)})))
    (print {event: "vote", proposal: proposal, voter: voter, for: for, amount: amount})
    (ok true)))

(define-public (conclude (proposal <proposal-trait>))
  (let ((p (unwrap! (map-get? proposals (contract-of proposal)) err-unknown-proposal))
        (passed (and (> (get votes-for p) (get votes-against p))
                     (>= (+ (get votes-for p) (get votes-against p)) (var-get quorum)))))
    (asserts! (not (get concluded p)) err-concluded)
    (asserts! (>= stacks-block-height (get end p)) err-not-ended)
    (map-set proposals (contract-of proposal) (merge p {concluded: true, passed: passed}))
    (print {event: "conclude", proposal: (contract-of proposal), passed: passed})
    (and passed (try! (contract-call? .dao-core execute proposal tx-sender)))
    (ok passed)))

(define-public (reclaim (proposal principal))
  (let ((p (unwrap! (map-get? proposals proposal) err-unknown-proposal))
        (voter tx-sender)
        (amount (get-locked proposal tx-sender)))
    (asserts! (get concluded p) err-not-concluded)
    (asserts! (> amount u0) err-nothing-locked)
    (map-delete locked {proposal: proposal, voter: voter})
    (try! (as-contract? ((with-ft .dao-token "gov" amount))
      (try! (contract-call? .dao-token transfer amount tx-sender voter none))))
    (ok amount)))

(define-public (callback (sender principal) (memo (buff 34))) (ok true))
