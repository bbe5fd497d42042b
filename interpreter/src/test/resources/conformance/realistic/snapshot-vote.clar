;; Token-weighted governance with snapshots: a proposal remembers the block
;; it was made at, and each vote weighs the voter's balance as it was at that
;; block (at-block over the block's id-header-hash), so tokens bought after
;; the proposal do not count.
(define-fungible-token gov)
(define-constant admin tx-sender)
(define-data-var proposal-count uint u0)
(define-map proposals uint {title: (string-utf8 50), snapshot: uint, hash: (buff 32), yes: uint, no: uint})
(define-map voted {id: uint, who: principal} uint)

(define-public (mint (amount uint) (to principal))
  (begin
    (asserts! (is-eq tx-sender admin) (err u1))
    (ft-mint? gov amount to)))

(define-public (transfer (amount uint) (to principal))
  (ft-transfer? gov amount tx-sender to))

(define-read-only (balance-at (who principal) (height uint))
  (match (get-stacks-block-info? id-header-hash height)
    hash (some (at-block hash (ft-get-balance gov who)))
    none))

(define-read-only (supply-at (height uint))
  (at-block (unwrap! (get-stacks-block-info? id-header-hash height) u0) (ft-get-supply gov)))

(define-public (propose (title (string-utf8 50)))
  (let ((id (+ (var-get proposal-count) u1))
        (snapshot (- stacks-block-height u1)))
    (map-set proposals id {title: title, snapshot: snapshot,
                           hash: (unwrap! (get-stacks-block-info? id-header-hash snapshot) (err u2)),
                           yes: u0, no: u0})
    (var-set proposal-count id)
    (ok {id: id, snapshot: snapshot})))

(define-public (vote (id uint) (support bool))
  (let ((p (unwrap! (map-get? proposals id) (err u3)))
        (weight (at-block (get hash p) (ft-get-balance gov tx-sender))))
    (asserts! (> weight u0) (err u4))
    (asserts! (map-insert voted {id: id, who: tx-sender} weight) (err u5))
    (map-set proposals id (if support (merge p {yes: (+ (get yes p) weight)}) (merge p {no: (+ (get no p) weight)})))
    (ok weight)))

;; how many proposals there were at a block; before this contract existed the
;; count was never written, and the reference reads a none in its place
(define-read-only (count-at (height uint))
  (match (get-stacks-block-info? id-header-hash height)
    hash (some (at-block hash (var-get proposal-count)))
    none))

;; the id the next proposal had at a block (fails before the contract existed)
(define-read-only (next-id-at (height uint))
  (+ u1 (at-block (unwrap-panic (get-stacks-block-info? id-header-hash height)) (var-get proposal-count))))

;; an admin tool: put the proposal count back to what it was at a block (a
;; block before this contract has no count, and storing that none fails)
(define-public (restore-count (height uint))
  (begin
    (asserts! (is-eq tx-sender admin) (err u1))
    (ok (var-set proposal-count (at-block (unwrap-panic (get-stacks-block-info? id-header-hash height)) (var-get proposal-count))))))

;; whether the count at a block was n (comparing that none with a uint fails)
(define-read-only (count-was (height uint) (n uint))
  (is-eq n (at-block (unwrap-panic (get-stacks-block-info? id-header-hash height)) (var-get proposal-count))))

(define-read-only (tally (id uint))
  (match (map-get? proposals id)
    p (ok {yes: (get yes p), no: (get no p), supply: (supply-at (get snapshot p)), title: (get title p)})
    (err u3)))
