;; An sBTC-style signer set guarding withdrawals from a STX vault. A request
;; {request-id, amount, recipient} is hashed as sha256 of a domain tag and
;; its consensus serialization; it is paid out once when signatures
;; recovered (secp256k1-recover?) from distinct keys of the current set reach
;; the threshold. Keys rotate with the approval of the current set.
;; Recipients must be standard principals of this network (principal-destruct?).
(define-constant deployer tx-sender)
(define-constant domain 0x7769746864726177) ;; "withdraw"
(define-constant rotate-domain 0x726f74617465) ;; "rotate"

(define-constant err-not-deployer (err u900))
(define-constant err-initialised (err u901))
(define-constant err-threshold (err u902))
(define-constant err-not-enough-signatures (err u903))
(define-constant err-processed (err u904))
(define-constant err-recipient (err u905))
(define-constant err-no-keys (err u906))
(define-constant err-not-initialised (err u907))

(define-data-var keys (list 5 (buff 33)) (list))
(define-data-var threshold uint u0)
(define-data-var key-epoch uint u0)
(define-map processed uint {amount: uint, recipient: principal, signers: uint})

(define-read-only (get-signers) {keys: (var-get keys), threshold: (var-get threshold), epoch: (var-get key-epoch)})
(define-read-only (get-processed (request-id uint)) (map-get? processed request-id))

(define-read-only (request-hash (request-id uint) (amount uint) (recipient principal))
  (sha256 (concat domain (unwrap-panic (to-consensus-buff? {request-id: request-id, amount: amount, recipient: recipient})))))

(define-read-only (rotation-hash (new-keys (list 5 (buff 33))) (new-threshold uint))
  (sha256 (concat rotate-domain (unwrap-panic (to-consensus-buff?
    {keys: new-keys, threshold: new-threshold, epoch: (var-get key-epoch)})))))

(define-read-only (decode-request (encoded (buff 200)))
  (from-consensus-buff? {request-id: uint, amount: uint, recipient: principal} encoded))

(define-read-only (verify-one (hash (buff 32)) (signature (buff 65)) (key (buff 33)))
  {verify: (secp256k1-verify hash signature key),
   recovered: (secp256k1-recover? hash signature)})

(define-read-only (recipient-parts (who principal)) (principal-destruct? who))

(define-read-only (make-recipient (version (buff 1)) (hash-bytes (buff 20)))
  (principal-construct? version hash-bytes))

;; counts signatures whose recovered key is in the set and not seen before
(define-private (count-signer (signature (buff 65)) (acc {hash: (buff 32), seen: (list 5 (buff 33)), count: uint}))
  (match (secp256k1-recover? (get hash acc) signature)
    key (if (and (is-some (index-of? (var-get keys) key)) (is-none (index-of? (get seen acc) key)))
          (merge acc {seen: (unwrap-panic (as-max-len? (append (get seen acc) key) u5)), count: (+ (get count acc) u1)})
          acc)
    failed acc))

(define-read-only (count-signers (hash (buff 32)) (signatures (list 5 (buff 65))))
  (get count (fold count-signer signatures {hash: hash, seen: (list), count: u0})))

(define-public (initialise (new-keys (list 5 (buff 33))) (new-threshold uint))
  (begin
    (asserts! (is-eq tx-sender deployer) err-not-deployer)
    (asserts! (is-eq (var-get threshold) u0) err-initialised)
    (asserts! (> (len new-keys) u0) err-no-keys)
    (asserts! (and (> new-threshold u0) (<= new-threshold (len new-keys))) err-threshold)
    (var-set keys new-keys)
    (ok (var-set threshold new-threshold))))

(define-public (rotate (new-keys (list 5 (buff 33))) (new-threshold uint) (signatures (list 5 (buff 65))))
  (let ((signed (count-signers (rotation-hash new-keys new-threshold) signatures)))
    (asserts! (> (var-get threshold) u0) err-not-initialised)
    (asserts! (> (len new-keys) u0) err-no-keys)
    (asserts! (and (> new-threshold u0) (<= new-threshold (len new-keys))) err-threshold)
    (asserts! (>= signed (var-get threshold)) err-not-enough-signatures)
    (var-set keys new-keys)
    (var-set threshold new-threshold)
    (var-set key-epoch (+ (var-get key-epoch) u1))
    (print {event: "rotate", epoch: (var-get key-epoch), signed: signed})
    (ok signed)))

(define-public (deposit (amount uint))
  (stx-transfer-memo? amount tx-sender current-contract 0x7661756c74))

(define-public (withdraw (request-id uint) (amount uint) (recipient principal) (signatures (list 5 (buff 65))))
  (let ((parts (unwrap! (principal-destruct? recipient) err-recipient))
        (signed (count-signers (request-hash request-id amount recipient) signatures)))
    (asserts! (> (var-get threshold) u0) err-not-initialised)
    (asserts! (is-none (get name parts)) err-recipient)
    (asserts! (>= signed (var-get threshold)) err-not-enough-signatures)
    (asserts! (map-insert processed request-id {amount: amount, recipient: recipient, signers: signed}) err-processed)
    (try! (as-contract? ((with-stx amount)) (try! (stx-transfer? amount tx-sender recipient))))
    (print {event: "withdraw", request-id: request-id, amount: amount, recipient: recipient})
    (ok signed)))
