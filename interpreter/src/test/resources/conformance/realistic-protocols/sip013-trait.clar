;; The semi-fungible-token interface of SIP-013 (balances per token id).
(define-trait sip013-semi-fungible-token-trait
  ((get-balance (uint principal) (response uint uint))
   (get-overall-balance (principal) (response uint uint))
   (get-total-supply (uint) (response uint uint))
   (get-overall-supply () (response uint uint))
   (get-decimals (uint) (response uint uint))
   (get-token-uri (uint) (response (optional (string-ascii 256)) uint))
   (transfer (uint uint principal principal) (response bool uint))
   (transfer-memo (uint uint principal principal (buff 34)) (response bool uint))))

(define-trait sip013-transfer-many-trait
  ((transfer-many ((list 200 {token-id: uint, amount: uint, sender: principal, recipient: principal})) (response bool uint))
   (transfer-many-memo ((list 200 {token-id: uint, amount: uint, sender: principal, recipient: principal, memo: (buff 34)})) (response bool uint))))
