;; A small DAO: a council of members (a list of principals) proposes payouts
;; from the treasury, members vote with a weight, and a proposal passes when
;; the yes-weight reaches the quorum before its deadline (a burn block
;; height). Passed proposals are executed once, by anyone.
(define-constant founder tx-sender)
(define-constant err-not-member (err u10))
(define-constant err-no-proposal (err u11))
(define-constant err-voted (err u12))
(define-constant err-closed (err u13))
(define-constant err-open (err u14))
(define-constant err-rejected (err u15))
(define-constant err-done (err u16))
(define-constant err-full (err u17))

(define-data-var members (list 20 principal) (list tx-sender))
(define-data-var quorum uint u2)
(define-data-var proposal-count uint u0)
(define-map weights principal uint)
(define-map proposals uint
  {proposer: principal, recipient: principal, amount: uint, memo: (string-utf8 64),
   deadline: uint, yes: uint, no: uint, voters: (list 20 principal), executed: bool})
(define-map ballots {proposal: uint, voter: principal} {support: bool, weight: uint})

(map-set weights tx-sender u1)

(define-read-only (is-member (who principal)) (is-some (index-of? (var-get members) who)))
(define-read-only (weight-of (who principal)) (default-to u0 (map-get? weights who)))
(define-read-only (get-proposal (id uint)) (map-get? proposals id))
(define-read-only (get-ballot (id uint) (voter principal)) (map-get? ballots {proposal: id, voter: voter}))

(define-private (add-weight (who principal) (total uint)) (+ total (weight-of who)))
(define-read-only (total-weight) (fold add-weight (var-get members) u0))
(define-private (is-heavy (who principal)) (> (weight-of who) u1))
(define-read-only (heavy-members) (filter is-heavy (var-get members)))
(define-private (describe (who principal)) {member: who, weight: (weight-of who)})
(define-read-only (roster) (map describe (var-get members)))

(define-public (deposit (amount uint))
  (stx-transfer? amount tx-sender (as-contract tx-sender)))

;; the founder admits members, each with a weight; a full council refuses more
(define-public (admit (who principal) (weight uint))
  (begin
    (asserts! (is-eq tx-sender founder) err-not-member)
    (asserts! (not (is-member who)) err-voted)
    (var-set members (unwrap! (as-max-len? (append (var-get members) who) u20) err-full))
    (map-set weights who weight)
    (ok (len (var-get members)))))

(define-private (not-this (who principal)) (not (is-eq who (var-get removing))))
(define-data-var removing principal tx-sender)

(define-public (expel (who principal))
  (begin
    (asserts! (is-eq tx-sender founder) err-not-member)
    (asserts! (is-member who) err-not-member)
    (var-set removing who)
    (var-set members (filter not-this (var-get members)))
    (map-delete weights who)
    (ok (var-get members))))

(define-public (set-quorum (q uint))
  (begin
    (asserts! (is-eq tx-sender founder) err-not-member)
    (asserts! (and (> q u0) (<= q (total-weight))) err-rejected)
    (ok (var-set quorum q))))

(define-public (propose (recipient principal) (amount uint) (memo (string-utf8 64)) (duration uint))
  (let ((id (+ (var-get proposal-count) u1)))
    (asserts! (is-member tx-sender) err-not-member)
    (map-insert proposals id
      {proposer: tx-sender, recipient: recipient, amount: amount, memo: memo,
       deadline: (+ burn-block-height duration), yes: u0, no: u0, voters: (list), executed: false})
    (var-set proposal-count id)
    (print {proposed: id, by: tx-sender, pay: {to: recipient, amount: amount}, memo: memo})
    (ok id)))

(define-public (vote (id uint) (support bool))
  (let ((p (unwrap! (map-get? proposals id) err-no-proposal))
        (w (weight-of tx-sender)))
    (asserts! (is-member tx-sender) err-not-member)
    (asserts! (< burn-block-height (get deadline p)) err-closed)
    (asserts! (map-insert ballots {proposal: id, voter: tx-sender} {support: support, weight: w}) err-voted)
    (map-set proposals id
      (merge p {yes: (if support (+ (get yes p) w) (get yes p)),
                no: (if support (get no p) (+ (get no p) w)),
                voters: (unwrap! (as-max-len? (append (get voters p) tx-sender) u20) err-full)}))
    (ok {yes: (if support (+ (get yes p) w) (get yes p)), no: (if support (get no p) (+ (get no p) w))})))

;; vote on several proposals at once; the first refusal aborts every vote
(define-private (vote-step (id uint) (acc (response uint uint)))
  (begin
    (try! acc)
    (try! (vote id true))
    (ok (+ (unwrap-panic acc) u1))))

(define-public (vote-many (ids (list 10 uint)))
  (fold vote-step ids (ok u0)))

(define-read-only (status (id uint))
  (match (map-get? proposals id)
    p (ok (if (get executed p) "executed"
            (if (>= (get yes p) (var-get quorum)) "passed"
              (if (< burn-block-height (get deadline p)) "open" "rejected"))))
    err-no-proposal))

(define-public (execute (id uint))
  (let ((p (unwrap! (map-get? proposals id) err-no-proposal)))
    (asserts! (not (get executed p)) err-done)
    (asserts! (>= (get yes p) (var-get quorum)) (if (< burn-block-height (get deadline p)) err-open err-rejected))
    (map-set proposals id (merge p {executed: true}))
    (try! (as-contract (stx-transfer? (get amount p) tx-sender (get recipient p))))
    (print {executed: id, voters: (get voters p), memo: (get memo p)})
    (ok (get amount p))))

(define-read-only (treasury) (stx-get-balance (as-contract tx-sender)))
