;; Cost conformance for the natives of Clarity 4: to-ascii? (charged by the size of its
;; argument), contract-hash?, the asset guards with allowances given by variables, and
;; secp256r1-verify.
(define-fungible-token coin)
(define-non-fungible-token item uint)
(define-constant payee 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG)

(define-read-only (texts (n int) (p principal) (b (buff 20)) (u (string-utf8 20)))
  {n: (to-ascii? n), p: (to-ascii? p), b: (to-ascii? b), u: (to-ascii? u), t: (to-ascii? true), c: (to-ascii? current-contract)})
(define-read-only (hash-of (c principal)) (contract-hash? c))

(define-public (guarded (allowed uint) (spend uint) (coins uint))
  (restrict-assets? tx-sender ((with-stx allowed) (with-ft current-contract "coin" coins))
    (try! (stx-transfer? spend tx-sender payee))
    (try! (ft-mint? coin coins tx-sender))
    (try! (ft-burn? coin coins tx-sender))
    spend))
(define-public (as-self (ids (list 4 uint)) (id uint))
  (as-contract? ((with-nft current-contract "item" ids) (with-stx u0))
    (try! (nft-mint? item id tx-sender))
    (try! (nft-transfer? item id tx-sender payee))
    id))
(define-public (unguarded (id uint))
  (as-contract? ((with-all-assets-unsafe))
    (try! (nft-mint? item id tx-sender))
    (try! (nft-burn? item id tx-sender))
    id))

(define-read-only (r1 (h (buff 32)) (s (buff 64)) (k (buff 33))) (secp256r1-verify h s k))
