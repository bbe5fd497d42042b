;; Cost conformance for hashes (charged by the serialized size of their input from epoch
;; 2.05), signatures, principal-of?, block information and at-block. Clarity 1.
(define-data-var seen (buff 256) 0x)

(define-read-only (hashes-of-buff (b (buff 256)))
  {sha256: (sha256 b), sha512: (sha512 b), t256: (sha512/256 b), keccak: (keccak256 b), h160: (hash160 b)})
(define-read-only (hashes-of-int (n int) (u uint))
  (list (sha256 n) (sha256 u) (keccak256 n) (hash160 u) (sha256 (var-get seen))))
(define-public (remember (b (buff 256)))
  (begin (var-set seen b) (ok (sha512/256 (var-get seen)))))

(define-read-only (recover (h (buff 32)) (s (buff 65))) (secp256k1-recover? h s))
(define-read-only (verify (h (buff 32)) (s (buff 65)) (k (buff 33))) (secp256k1-verify h s k))
(define-read-only (signer (k (buff 33))) (principal-of? k))

(define-read-only (block (h uint))
  {hash: (get-block-info? id-header-hash h), miner: (get-block-info? miner-address h)})
(define-read-only (then (h uint))
  (match (get-block-info? id-header-hash h)
    hash (at-block hash {height: block-height, seen: (var-get seen)})
    {height: u0, seen: 0x}))
