;; Non-fungible tokens: numbered badges, and tickets identified by a tuple.
(define-constant issuer tx-sender)

(define-non-fungible-token badge uint)
(define-non-fungible-token ticket {event: (string-ascii 16), seat: uint})

(define-data-var last-badge uint u0)

(define-public (issue (to principal))
  (let ((id (+ (var-get last-badge) u1)))
    (asserts! (is-eq tx-sender issuer) (err u403))
    (try! (nft-mint? badge id to))
    (var-set last-badge id)
    (ok id)))

(define-public (issue-id (id uint) (to principal))
  (nft-mint? badge id to))

(define-public (give (id uint) (to principal))
  (nft-transfer? badge id tx-sender to))

(define-public (move (id uint) (from principal) (to principal))
  (nft-transfer? badge id from to))

(define-public (retire (id uint))
  (nft-burn? badge id tx-sender))

(define-public (retire-from (id uint) (from principal))
  (nft-burn? badge id from))

(define-public (book (event (string-ascii 8)) (seat uint))
  (nft-mint? ticket {event: event, seat: seat} tx-sender))

(define-public (hand-over (event (string-ascii 16)) (seat uint) (to principal))
  (nft-transfer? ticket {seat: seat, event: event} tx-sender to))

;; a failed step after a successful mint: the whole call is rolled back
(define-public (issue-pair (a uint) (b uint))
  (begin
    (try! (nft-mint? badge a tx-sender))
    (nft-mint? badge b tx-sender)))

(define-read-only (owner-of (id uint)) (nft-get-owner? badge id))
(define-read-only (seat-owner (event (string-ascii 16)) (seat uint))
  (nft-get-owner? ticket {event: event, seat: seat}))
