;; Cost conformance for tokens and STX: fungible and non-fungible tokens whose ids differ in
;; size (the NFT natives are charged by the id's serialized size from epoch 2.05, by the
;; declared id type in 2.0), every outcome of each native, and the STX natives. Clarity 1.
(define-fungible-token gold u1000000)
(define-fungible-token dust)
(define-non-fungible-token ticket uint)
(define-non-fungible-token badge {series: (string-ascii 16), serial: uint})
(define-non-fungible-token blob (buff 64))

(define-public (mint-gold (amount uint) (to principal)) (ft-mint? gold amount to))
(define-public (move-gold (amount uint) (from principal) (to principal)) (ft-transfer? gold amount from to))
(define-public (burn-gold (amount uint) (from principal)) (ft-burn? gold amount from))
(define-read-only (gold-of (who principal))
  {balance: (ft-get-balance gold who), supply: (ft-get-supply gold), dust: (ft-get-supply dust)})

(define-public (mint-ticket (id uint) (to principal)) (nft-mint? ticket id to))
(define-public (move-ticket (id uint) (from principal) (to principal)) (nft-transfer? ticket id from to))
(define-public (burn-ticket (id uint) (from principal)) (nft-burn? ticket id from))
(define-read-only (ticket-owner (id uint)) (nft-get-owner? ticket id))

(define-public (mint-badge (series (string-ascii 16)) (serial uint) (to principal))
  (nft-mint? badge {series: series, serial: serial} to))
(define-public (move-badge (series (string-ascii 16)) (serial uint) (from principal) (to principal))
  (nft-transfer? badge {series: series, serial: serial} from to))
(define-public (burn-badge (series (string-ascii 16)) (serial uint) (from principal))
  (nft-burn? badge {series: series, serial: serial} from))
(define-read-only (badge-owner (series (string-ascii 16)) (serial uint))
  (nft-get-owner? badge {series: series, serial: serial}))

(define-public (mint-blob (id (buff 64)) (to principal)) (nft-mint? blob id to))
(define-public (burn-blob (id (buff 64)) (from principal)) (nft-burn? blob id from))
(define-read-only (blob-owner (id (buff 64))) (nft-get-owner? blob id))

(define-read-only (stx-of (who principal)) (stx-get-balance who))
(define-public (pay (amount uint) (to principal)) (stx-transfer? amount tx-sender to))
(define-public (pay-from (amount uint) (from principal) (to principal)) (stx-transfer? amount from to))
