;; A SIP-013 semi-fungible token: event tickets of several kinds (token ids),
;; each kind with its own supply, decimals and cap. Balances per id live in a
;; map; an overall fungible token carries the sum, and a non-fungible token
;; keyed by {token-id, owner} tags who holds which id (burned and re-minted on
;; every move) so that post-conditions can name it. Moves print SIP-013's
;; sft_* notifications.
(impl-trait .sip013-trait.sip013-semi-fungible-token-trait)
(impl-trait .sip013-trait.sip013-transfer-many-trait)

(define-fungible-token tickets)
(define-non-fungible-token ticket {token-id: uint, owner: principal})

(define-constant contract-owner tx-sender)
(define-constant err-owner-only (err u100))
(define-constant err-insufficient-balance (err u1))
(define-constant err-invalid-sender (err u4))
(define-constant err-unknown-kind (err u404))
(define-constant err-cap (err u405))
(define-constant err-kind-exists (err u406))

(define-map balances {token-id: uint, owner: principal} uint)
(define-map kinds uint {supply: uint, cap: uint, decimals: uint})

(define-read-only (balance-of (token-id uint) (who principal))
  (default-to u0 (map-get? balances {token-id: token-id, owner: who})))

(define-read-only (get-balance (token-id uint) (who principal)) (ok (balance-of token-id who)))
(define-read-only (get-overall-balance (who principal)) (ok (ft-get-balance tickets who)))
(define-read-only (get-total-supply (token-id uint))
  (ok (get supply (default-to {supply: u0, cap: u0, decimals: u0} (map-get? kinds token-id)))))
(define-read-only (get-overall-supply) (ok (ft-get-supply tickets)))
(define-read-only (get-decimals (token-id uint))
  (ok (get decimals (default-to {supply: u0, cap: u0, decimals: u0} (map-get? kinds token-id)))))
(define-read-only (get-token-uri (token-id uint))
  (ok (some (concat "https://tickets.example/kind/" (int-to-ascii token-id)))))
(define-read-only (get-kind (token-id uint)) (map-get? kinds token-id))

(define-private (tag (token-id uint) (owner principal))
  (begin
    (and (is-some (nft-get-owner? ticket {token-id: token-id, owner: owner}))
         (is-ok (nft-burn? ticket {token-id: token-id, owner: owner} owner)))
    (nft-mint? ticket {token-id: token-id, owner: owner} owner)))

(define-public (create-kind (token-id uint) (cap uint) (decimals uint))
  (begin
    (asserts! (is-eq tx-sender contract-owner) err-owner-only)
    (asserts! (map-insert kinds token-id {supply: u0, cap: cap, decimals: decimals}) err-kind-exists)
    (ok true)))

(define-public (mint (token-id uint) (amount uint) (recipient principal))
  (let ((kind (unwrap! (map-get? kinds token-id) err-unknown-kind))
        (supply (+ (get supply kind) amount)))
    (asserts! (is-eq tx-sender contract-owner) err-owner-only)
    (asserts! (<= supply (get cap kind)) err-cap)
    (try! (ft-mint? tickets amount recipient))
    (try! (tag token-id recipient))
    (map-set balances {token-id: token-id, owner: recipient} (+ (balance-of token-id recipient) amount))
    (map-set kinds token-id (merge kind {supply: supply}))
    (print {type: "sft_mint", token-id: token-id, amount: amount, recipient: recipient})
    (ok true)))

(define-public (burn (token-id uint) (amount uint))
  (let ((kind (unwrap! (map-get? kinds token-id) err-unknown-kind))
        (held (balance-of token-id tx-sender)))
    (asserts! (<= amount held) err-insufficient-balance)
    (try! (ft-burn? tickets amount tx-sender))
    (map-set balances {token-id: token-id, owner: tx-sender} (- held amount))
    (map-set kinds token-id (merge kind {supply: (- (get supply kind) amount)}))
    (and (is-eq held amount)
         (is-ok (nft-burn? ticket {token-id: token-id, owner: tx-sender} tx-sender)))
    (print {type: "sft_burn", token-id: token-id, amount: amount, sender: tx-sender})
    (ok true)))

(define-public (transfer (token-id uint) (amount uint) (sender principal) (recipient principal))
  (let ((held (balance-of token-id sender)))
    (asserts! (or (is-eq sender tx-sender) (is-eq sender contract-caller)) err-invalid-sender)
    (asserts! (<= amount held) err-insufficient-balance)
    (try! (ft-transfer? tickets amount sender recipient))
    (try! (tag token-id sender))
    (try! (tag token-id recipient))
    (map-set balances {token-id: token-id, owner: sender} (- held amount))
    (map-set balances {token-id: token-id, owner: recipient} (+ (balance-of token-id recipient) amount))
    (print {type: "sft_transfer", token-id: token-id, amount: amount, sender: sender, recipient: recipient})
    (ok true)))

(define-public (transfer-memo (token-id uint) (amount uint) (sender principal) (recipient principal) (memo (buff 34)))
  (begin
    (try! (transfer token-id amount sender recipient))
    (print memo)
    (ok true)))

(define-private (transfer-many-iter (item {token-id: uint, amount: uint, sender: principal, recipient: principal}) (previous (response bool uint)))
  (match previous
    prev-ok (transfer (get token-id item) (get amount item) (get sender item) (get recipient item))
    prev-err previous))

(define-public (transfer-many (transfers (list 200 {token-id: uint, amount: uint, sender: principal, recipient: principal})))
  (fold transfer-many-iter transfers (ok true)))

(define-private (transfer-many-memo-iter (item {token-id: uint, amount: uint, sender: principal, recipient: principal, memo: (buff 34)}) (previous (response bool uint)))
  (match previous
    prev-ok (transfer-memo (get token-id item) (get amount item) (get sender item) (get recipient item) (get memo item))
    prev-err previous))

(define-public (transfer-many-memo (transfers (list 200 {token-id: uint, amount: uint, sender: principal, recipient: principal, memo: (buff 34)})))
  (fold transfer-many-memo-iter transfers (ok true)))
