;; A passkey smart wallet: STX held by the contract move only on a P-256
;; (secp256r1) signature of the owner's passkey over a hash of the
;; operation's consensus serialization and the wallet's nonce. A spending
;; limit per window of blocks caps the damage of a stolen key; two of the
;; three guardians can replace the passkey.
(define-constant err-bad-signature (err u1100))
(define-constant err-limit (err u1101))
(define-constant err-not-guardian (err u1102))
(define-constant err-already-approved (err u1103))
(define-constant err-no-key (err u1104))

(define-constant window u20)
(define-constant guardians (list 'ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC
                                 'ST2NEB84ASENDXKYGJPQW86YXQCEFEX2ZQPG87ND
                                 'ST2REHHS5J3CERCRBEPMGH7921Q6PYKAADT7JP2VB))

(define-data-var passkey (optional (buff 33)) none)
(define-data-var nonce uint u0)
(define-data-var spend-limit uint u10000000)
(define-data-var window-spent {window: uint, spent: uint} {window: u0, spent: u0})
(define-map recovery-approvals {key: (buff 33), guardian: principal} bool)
(define-map recovery-counts (buff 33) uint)

(define-read-only (get-state)
  {passkey: (var-get passkey), nonce: (var-get nonce), limit: (var-get spend-limit),
   spent: (var-get window-spent), current-window: (/ stacks-block-height window),
   balance: (stx-get-balance current-contract)})

(define-read-only (transfer-hash (amount uint) (recipient principal) (at-nonce uint))
  (sha256 (unwrap-panic (to-consensus-buff? {op: "transfer", amount: amount, recipient: recipient, nonce: at-nonce}))))

(define-read-only (limit-hash (limit uint) (at-nonce uint))
  (sha256 (unwrap-panic (to-consensus-buff? {op: "limit", amount: limit, nonce: at-nonce}))))

(define-read-only (check (hash (buff 32)) (signature (buff 64)) (key (buff 33)))
  (secp256r1-verify hash signature key))

(define-private (authorise (hash (buff 32)) (signature (buff 64)))
  (let ((key (unwrap! (var-get passkey) err-no-key)))
    (asserts! (secp256r1-verify hash signature key) err-bad-signature)
    (var-set nonce (+ (var-get nonce) u1))
    (ok true)))

(define-public (setup (key (buff 33)))
  (begin
    (asserts! (is-none (var-get passkey)) err-already-approved)
    (print {event: "setup", key: key})
    (ok (var-set passkey (some key)))))

(define-public (fund (amount uint))
  (stx-transfer? amount tx-sender current-contract))

(define-public (transfer (amount uint) (recipient principal) (signature (buff 64)))
  (let ((current (/ stacks-block-height window))
        (spent (var-get window-spent))
        (already (if (is-eq (get window spent) current) (get spent spent) u0)))
    (try! (authorise (transfer-hash amount recipient (var-get nonce)) signature))
    (asserts! (<= (+ already amount) (var-get spend-limit)) err-limit)
    (var-set window-spent {window: current, spent: (+ already amount)})
    (try! (as-contract? ((with-stx amount)) (try! (stx-transfer? amount tx-sender recipient))))
    (ok (var-get nonce))))

(define-public (set-limit (limit uint) (signature (buff 64)))
  (begin
    (try! (authorise (limit-hash limit (var-get nonce)) signature))
    (ok (var-set spend-limit limit))))

(define-public (approve-recovery (new-key (buff 33)))
  (let ((count (default-to u0 (map-get? recovery-counts new-key))))
    (asserts! (is-some (index-of? guardians tx-sender)) err-not-guardian)
    (asserts! (map-insert recovery-approvals {key: new-key, guardian: tx-sender} true) err-already-approved)
    (map-set recovery-counts new-key (+ count u1))
    (if (>= (+ count u1) u2)
      (begin
        (var-set passkey (some new-key))
        (print {event: "recovered", key: new-key})
        (ok true))
      (ok false))))
