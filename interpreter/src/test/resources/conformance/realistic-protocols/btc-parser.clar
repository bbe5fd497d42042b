;; Reads raw bitcoin transactions and block headers out of buffers:
;; little-endian integers (slice? and buff-to-uint-le), compact-size varints,
;; up to 8 inputs and 8 outputs, txids as the byte-reversed double SHA-256,
;; and merkle proofs checked against a header's root. Relayed headers are
;; kept by hash, and a transaction proven to pay the pool's script mints
;; wrapped sats once per txid.
(define-fungible-token xsat)

(define-constant pool-script 0x0014101112131415161718191a1b1c1d1e1f20212223)
(define-constant indexes (list u0 u1 u2 u3 u4 u5 u6 u7))

(define-constant err-out-of-bounds (err u1))
(define-constant err-too-many-inputs (err u2))
(define-constant err-too-many-outputs (err u3))
(define-constant err-script-too-long (err u4))
(define-constant err-trailing-bytes (err u5))
(define-constant err-proof-length (err u6))
(define-constant err-header-length (err u7))
(define-constant err-bad-index (err u8))
(define-constant err-unknown-header (err u9))
(define-constant err-header-known (err u10))
(define-constant err-not-mined (err u11))
(define-constant err-no-output (err u12))
(define-constant err-wrong-script (err u13))
(define-constant err-already-minted (err u14))

(define-map headers (buff 32) {merkle-root: (buff 32), timestamp: uint, relayer: principal})
(define-map deposits (buff 32) {amount: uint, recipient: principal})

(define-read-only (read-bytes (data (buff 1024)) (offset uint) (n uint))
  (ok (unwrap! (slice? data offset (+ offset n)) err-out-of-bounds)))

(define-read-only (read-uint-le (data (buff 1024)) (offset uint) (n uint))
  (let ((bytes (try! (read-bytes data offset n))))
    (ok {value: (buff-to-uint-le (unwrap-panic (as-max-len? bytes u16))), next: (+ offset n)})))

(define-read-only (read-varint (data (buff 1024)) (offset uint))
  (let ((first (get value (try! (read-uint-le data offset u1)))))
    (if (< first u253)
      (ok {value: first, next: (+ offset u1)})
      (if (is-eq first u253)
        (read-uint-le data (+ offset u1) u2)
        (if (is-eq first u254)
          (read-uint-le data (+ offset u1) u4)
          (read-uint-le data (+ offset u1) u8))))))

(define-read-only (read-varslice (data (buff 1024)) (offset uint))
  (let ((size (try! (read-varint data offset)))
        (bytes (try! (read-bytes data (get next size) (get value size)))))
    (ok {bytes: bytes, next: (+ (get next size) (get value size))})))

(define-private (prepend-byte (b (buff 1)) (acc (buff 32)))
  (unwrap-panic (as-max-len? (concat b acc) u32)))

(define-read-only (reverse-buff32 (hash (buff 32)))
  (fold prepend-byte hash 0x))

(define-read-only (get-txid (tx (buff 1024)))
  (reverse-buff32 (sha256 (sha256 tx))))

(define-private (parse-input (i uint)
    (acc (response {data: (buff 1024), count: uint, next: uint,
                    items: (list 8 {hash: (buff 32), index: uint, script-sig: (buff 256), sequence: uint})} uint)))
  (let ((state (try! acc)))
    (asserts! (<= (get count state) u8) err-too-many-inputs)
    (if (>= i (get count state))
      (ok state)
      (let ((data (get data state))
            (hash (try! (read-bytes data (get next state) u32)))
            (index (try! (read-uint-le data (+ (get next state) u32) u4)))
            (script (try! (read-varslice data (get next index))))
            (sequence (try! (read-uint-le data (get next script) u4))))
        (ok (merge state
          {next: (get next sequence),
           items: (unwrap-panic (as-max-len? (append (get items state)
             {hash: (unwrap-panic (as-max-len? hash u32)),
              index: (get value index),
              script-sig: (unwrap! (as-max-len? (get bytes script) u256) err-script-too-long),
              sequence: (get value sequence)}) u8))}))))))

(define-private (parse-output (i uint)
    (acc (response {data: (buff 1024), count: uint, next: uint,
                    items: (list 8 {value: uint, script: (buff 128)})} uint)))
  (let ((state (try! acc)))
    (asserts! (<= (get count state) u8) err-too-many-outputs)
    (if (>= i (get count state))
      (ok state)
      (let ((data (get data state))
            (value (try! (read-uint-le data (get next state) u8)))
            (script (try! (read-varslice data (get next value)))))
        (ok (merge state
          {next: (get next script),
           items: (unwrap-panic (as-max-len? (append (get items state)
             {value: (get value value),
              script: (unwrap! (as-max-len? (get bytes script) u128) err-script-too-long)}) u8))}))))))

(define-read-only (parse-tx (tx (buff 1024)))
  (let ((version (try! (read-uint-le tx u0 u4)))
        (in-count (try! (read-varint tx (get next version))))
        (ins (try! (fold parse-input indexes
               (ok {data: tx, count: (get value in-count), next: (get next in-count), items: (list)}))))
        (out-count (try! (read-varint tx (get next ins))))
        (outs (try! (fold parse-output indexes
                (ok {data: tx, count: (get value out-count), next: (get next out-count), items: (list)}))))
        (locktime (try! (read-uint-le tx (get next outs) u4))))
    (asserts! (is-eq (get next locktime) (len tx)) err-trailing-bytes)
    (ok {version: (get value version), ins: (get items ins), outs: (get items outs),
         locktime: (get value locktime)})))

(define-read-only (parse-header (header (buff 80)))
  (begin
    (asserts! (is-eq (len header) u80) err-header-length)
    (ok {version: (get value (try! (read-uint-le header u0 u4))),
         parent: (unwrap-panic (as-max-len? (try! (read-bytes header u4 u32)) u32)),
         merkle-root: (unwrap-panic (as-max-len? (try! (read-bytes header u36 u32)) u32)),
         timestamp: (get value (try! (read-uint-le header u68 u4))),
         nbits: (get value (try! (read-uint-le header u72 u4))),
         nonce: (get value (try! (read-uint-le header u76 u4)))})))

(define-read-only (header-hash (header (buff 80)))
  (reverse-buff32 (sha256 (sha256 header))))

(define-private (proof-step (sibling (buff 32)) (acc {hash: (buff 32), path: uint}))
  {hash: (if (is-eq (mod (get path acc) u2) u0)
           (sha256 (sha256 (concat (get hash acc) sibling)))
           (sha256 (sha256 (concat sibling (get hash acc))))),
   path: (/ (get path acc) u2)})

;; txid as displayed (big-endian); root and siblings in the internal order
(define-read-only (verify-merkle-proof (txid (buff 32)) (root (buff 32))
    (proof {tx-index: uint, hashes: (list 14 (buff 32)), tree-depth: uint}))
  (begin
    (asserts! (is-eq (len (get hashes proof)) (get tree-depth proof)) err-proof-length)
    (asserts! (< (get tx-index proof) (pow u2 (get tree-depth proof))) err-bad-index)
    (ok (is-eq root (get hash (fold proof-step (get hashes proof)
                                {hash: (reverse-buff32 txid), path: (get tx-index proof)}))))))

(define-read-only (get-header (hash (buff 32))) (map-get? headers hash))
(define-read-only (get-deposit (txid (buff 32))) (map-get? deposits txid))
(define-read-only (balance-of (who principal)) (ft-get-balance xsat who))

(define-public (submit-header (header (buff 80)))
  (let ((parsed (try! (parse-header header)))
        (hash (header-hash header)))
    (asserts! (map-insert headers hash {merkle-root: (get merkle-root parsed),
                                        timestamp: (get timestamp parsed), relayer: tx-sender})
              err-header-known)
    (print {event: "header", hash: hash, timestamp: (get timestamp parsed)})
    (ok hash)))

(define-public (register-deposit (hash (buff 32)) (tx (buff 1024))
    (proof {tx-index: uint, hashes: (list 14 (buff 32)), tree-depth: uint}) (output uint))
  (let ((header (unwrap! (map-get? headers hash) err-unknown-header))
        (txid (get-txid tx))
        (parsed (try! (parse-tx tx)))
        (out (unwrap! (element-at? (get outs parsed) output) err-no-output)))
    (asserts! (try! (verify-merkle-proof txid (get merkle-root header) proof)) err-not-mined)
    (asserts! (is-eq (get script out) pool-script) err-wrong-script)
    (asserts! (map-insert deposits txid {amount: (get value out), recipient: tx-sender}) err-already-minted)
    (try! (ft-mint? xsat (get value out) tx-sender))
    (ok {txid: txid, amount: (get value out)})))
