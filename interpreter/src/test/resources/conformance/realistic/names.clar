;; A name registry in the style of a naming system: names are lower-case
;; ASCII labels under a namespace, priced by length, owned as NFTs, leased
;; until a burn block height and renewable. Labels are validated byte by
;; byte; a resolver maps each name to a principal and a profile.
(define-non-fungible-token name {namespace: (string-ascii 8), label: (string-ascii 32)})
(define-constant registrar tx-sender)
(define-constant lease u20)
(define-constant err-invalid (err u1))
(define-constant err-taken (err u2))
(define-constant err-not-owner (err u3))
(define-constant err-expired (err u4))
(define-constant err-namespace (err u5))
(define-constant err-price (err u6))

(define-map namespaces (string-ascii 8) {base: uint, open: bool})
(define-map leases {namespace: (string-ascii 8), label: (string-ascii 32)}
  {owner: principal, until: uint, target: (optional principal), profile: (string-utf8 64)})
(define-map primary principal {namespace: (string-ascii 8), label: (string-ascii 32)})

(define-constant allowed "abcdefghijklmnopqrstuvwxyz0123456789-")
(define-private (valid-char (c (string-ascii 1)) (good bool)) (and good (is-some (index-of? allowed c))))
(define-read-only (valid-label (label (string-ascii 32)))
  (and (> (len label) u0)
       (fold valid-char label true)
       (not (is-eq (element-at? label u0) (some "-")))))

;; shorter names cost more: base * 2^(8 - length), at least base
(define-read-only (price (ns (string-ascii 8)) (label (string-ascii 32)))
  (match (map-get? namespaces ns)
    n (ok (if (< (len label) u8) (* (get base n) (pow u2 (- u8 (len label)))) (get base n)))
    err-namespace))

(define-read-only (fqn (ns (string-ascii 8)) (label (string-ascii 32)))
  (concat (concat label ".") ns))

(define-read-only (resolve (ns (string-ascii 8)) (label (string-ascii 32)))
  (match (map-get? leases {namespace: ns, label: label})
    l (if (< burn-block-height (get until l)) (ok (default-to (get owner l) (get target l))) err-expired)
    (err u404)))

(define-read-only (get-lease (ns (string-ascii 8)) (label (string-ascii 32)))
  (map-get? leases {namespace: ns, label: label}))
(define-read-only (primary-of (who principal))
  (match (map-get? primary who) n (some (fqn (get namespace n) (get label n))) none))

(define-public (launch (ns (string-ascii 8)) (base uint))
  (begin
    (asserts! (is-eq tx-sender registrar) err-not-owner)
    (asserts! (valid-label ns) err-invalid)
    (ok (map-insert namespaces ns {base: base, open: true}))))

(define-public (register (ns (string-ascii 8)) (label (string-ascii 32)) (max-price uint))
  (let ((key {namespace: ns, label: label})
        (cost (try! (price ns label)))
        (existing (map-get? leases key)))
    (asserts! (valid-label label) err-invalid)
    (asserts! (<= cost max-price) err-price)
    (match existing
      l (begin
          (asserts! (>= burn-block-height (get until l)) err-taken)
          (try! (nft-transfer? name key (get owner l) tx-sender)))
      (try! (nft-mint? name key tx-sender)))
    (try! (stx-burn? cost tx-sender))
    (map-set leases key {owner: tx-sender, until: (+ burn-block-height lease), target: none, profile: u""})
    (map-insert primary tx-sender key)
    (print {registered: (fqn ns label), by: tx-sender, paid: cost})
    (ok cost)))

(define-public (renew (ns (string-ascii 8)) (label (string-ascii 32)))
  (let ((key {namespace: ns, label: label})
        (l (unwrap! (map-get? leases key) (err u404)))
        (cost (try! (price ns label))))
    (asserts! (is-eq tx-sender (get owner l)) err-not-owner)
    (try! (stx-transfer-memo? cost tx-sender registrar (sha256 (unwrap-panic (to-consensus-buff? key)))))
    (ok (map-set leases key (merge l {until: (+ (get until l) lease)})))))

(define-public (point (ns (string-ascii 8)) (label (string-ascii 32)) (target (optional principal)) (profile (string-utf8 64)))
  (let ((key {namespace: ns, label: label})
        (l (unwrap! (map-get? leases key) (err u404))))
    (asserts! (is-eq tx-sender (get owner l)) err-not-owner)
    (asserts! (< burn-block-height (get until l)) err-expired)
    (ok (map-set leases key (merge l {target: target, profile: profile})))))

(define-public (give (ns (string-ascii 8)) (label (string-ascii 32)) (to principal))
  (let ((key {namespace: ns, label: label})
        (l (unwrap! (map-get? leases key) (err u404))))
    (asserts! (is-eq tx-sender (get owner l)) err-not-owner)
    (try! (nft-transfer? name key tx-sender to))
    (and (is-eq (map-get? primary tx-sender) (some key)) (map-delete primary tx-sender))
    (map-insert primary to key)
    (ok (map-set leases key (merge l {owner: to, target: none})))))

;; the label with its first letter replaced, and a slice of it, for display
(define-read-only (display (label (string-ascii 32)))
  {upper-first: (replace-at? label u0 "#"), head: (slice? label u0 u3), tail: (slice? label u3 (len label)),
   as-utf8-length: (len (unwrap-panic (from-consensus-buff? (string-ascii 32) (unwrap-panic (to-consensus-buff? label)))))})
