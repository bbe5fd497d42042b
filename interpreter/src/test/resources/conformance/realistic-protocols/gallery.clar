;; Works with any SIP-009 collection through the trait: gifts a token on the
;; holder's behalf and reports what the collection says about an id.
(use-trait nft 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.sip009-trait.nft-trait)
(define-data-var gifts uint u0)

(define-public (gift (collection <nft>) (id uint) (to principal))
  (begin
    (try! (contract-call? collection transfer id tx-sender to))
    (var-set gifts (+ (var-get gifts) u1))
    (ok (var-get gifts))))

(define-public (inspect (collection <nft>) (id uint))
  (ok {owner: (try! (contract-call? collection get-owner id)),
       uri: (try! (contract-call? collection get-token-uri id)),
       last: (try! (contract-call? collection get-last-token-id))}))
