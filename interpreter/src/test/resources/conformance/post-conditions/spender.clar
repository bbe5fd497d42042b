;; A contract that spends on behalf of its caller, each action wrapped in
;; restrict-assets? so that it can never move more of tx-sender's assets
;; than the allowances say. The amounts moved are parameters, so that the
;; scenario can try both sides of every limit.
(define-fungible-token credit)
(define-fungible-token voucher)
(define-non-fungible-token pass uint)

(define-constant shop 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG)
(define-data-var purchases uint u0)

(define-public (open-account)
  (begin
    (try! (ft-mint? credit u1000 tx-sender))
    (try! (ft-mint? voucher u1000 tx-sender))
    (try! (nft-mint? pass u1 tx-sender))
    (try! (nft-mint? pass u2 tx-sender))
    (nft-mint? pass u3 tx-sender)))

;; STX, with one allowance; the counter and the print are rolled back with
;; the transfer when the allowance is exceeded
(define-public (buy (limit uint) (price uint))
  (restrict-assets? tx-sender ((with-stx limit))
    (var-set purchases (+ (var-get purchases) u1))
    (print {bought-for: price})
    (unwrap-panic (stx-transfer? price tx-sender shop))))

(define-public (buy-unguarded (price uint))
  (restrict-assets? tx-sender ()
    (unwrap-panic (stx-transfer? price tx-sender shop))))

;; several with-stx allowances: each one is a limit
(define-public (buy-two-limits (first uint) (second uint) (price uint))
  (restrict-assets? tx-sender ((with-stx first) (with-stx second))
    (unwrap-panic (stx-transfer? price tx-sender shop))))

(define-public (burn-stx (limit uint) (amount uint))
  (restrict-assets? tx-sender ((with-stx limit))
    (unwrap-panic (stx-burn? amount tx-sender))))

(define-public (pay-with-memo (limit uint) (price uint))
  (restrict-assets? tx-sender ((with-stx limit))
    (unwrap-panic (stx-transfer-memo? price tx-sender shop 0x6f72646572))))

;; fungible tokens, named exactly or by "*" (every token of the contract)
(define-public (spend-credit (token (string-ascii 128)) (limit uint) (amount uint))
  (restrict-assets? tx-sender ((with-ft current-contract token limit))
    (unwrap-panic (ft-transfer? credit amount tx-sender shop))))

(define-public (burn-credit (limit uint) (amount uint))
  (restrict-assets? tx-sender ((with-ft current-contract "credit" limit))
    (unwrap-panic (ft-burn? credit amount tx-sender))))

(define-public (spend-both (credits uint) (vouchers uint))
  (restrict-assets? tx-sender ((with-stx u10) (with-ft current-contract "voucher" u5) (with-ft current-contract "credit" u5))
    (unwrap-panic (ft-transfer? credit credits tx-sender shop))
    (unwrap-panic (ft-transfer? voucher vouchers tx-sender shop))))

(define-public (spend-exact-and-all (exact uint) (all uint) (amount uint))
  (restrict-assets? tx-sender ((with-ft current-contract "credit" exact) (with-ft current-contract "*" all))
    (unwrap-panic (ft-transfer? credit amount tx-sender shop))))

;; coins that leave and come back still count as moved
(define-public (round-trip (amount uint))
  (restrict-assets? tx-sender ((with-ft current-contract "credit" u10))
    (unwrap-panic (ft-transfer? credit amount tx-sender shop))
    (unwrap-panic (ft-transfer? credit amount shop tx-sender))))

;; non-fungible tokens: the ids allowed
(define-public (give-pass (allowed (list 10 uint)) (id uint))
  (restrict-assets? tx-sender ((with-nft current-contract "pass" allowed))
    (unwrap-panic (nft-transfer? pass id tx-sender shop))))

(define-public (give-pass-split (first (list 5 uint)) (second (list 5 uint)) (id uint))
  (restrict-assets? tx-sender ((with-stx u1) (with-nft current-contract "pass" first) (with-nft current-contract "pass" second))
    (unwrap-panic (nft-transfer? pass id tx-sender shop))))

(define-public (give-pass-any (allowed (list 10 uint)) (id uint))
  (restrict-assets? tx-sender ((with-nft current-contract "*" allowed))
    (unwrap-panic (nft-transfer? pass id tx-sender shop))))

(define-public (give-pass-int-ids (id uint))
  (restrict-assets? tx-sender ((with-nft current-contract "pass" (list (to-int id))))
    (unwrap-panic (nft-transfer? pass id tx-sender shop))))

(define-public (burn-pass (allowed (list 10 uint)) (id uint))
  (restrict-assets? tx-sender ((with-nft current-contract "pass" allowed))
    (unwrap-panic (nft-burn? pass id tx-sender))))

;; what comes in, and what others send, is not guarded
(define-public (receive-only (amount uint))
  (restrict-assets? tx-sender ()
    (unwrap-panic (ft-mint? credit amount tx-sender))
    (unwrap-panic (nft-mint? pass (+ u100 amount) tx-sender))))

(define-public (guard-someone-else (amount uint))
  (restrict-assets? shop ()
    (unwrap-panic (stx-transfer? amount tx-sender shop))))

(define-public (with-stacking-only (amount uint))
  (restrict-assets? tx-sender ((with-stacking u0))
    (unwrap-panic (stx-transfer? amount tx-sender shop))))

(define-read-only (purchase-count) (var-get purchases))
(define-read-only (holdings (who principal))
  {credit: (ft-get-balance credit who), voucher: (ft-get-balance voucher who), pass-1: (nft-get-owner? pass u1)})
(define-read-only (peek (limit uint))
  (restrict-assets? tx-sender ((with-stx limit)) (stx-get-balance tx-sender)))
