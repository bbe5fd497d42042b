;; Cost conformance for the natives of Clarity 2: conversions (to-consensus-buff? by the
;; serialized size, from-consensus-buff? by the buffer's length after parsing its type),
;; slice? and replace-at? over sequences of different kinds, principals, bits and burn blocks.
(define-data-var kept (list 8 uint) (list u1 u2 u3))

(define-read-only (encode (t {name: (string-ascii 10), tags: (list 3 uint)}) (n int))
  {t: (to-consensus-buff? t), n: (to-consensus-buff? n), kept: (to-consensus-buff? (var-get kept))})
(define-read-only (decode (b (buff 100)))
  {list: (from-consensus-buff? (list 5 uint) b), tuple: (from-consensus-buff? {name: (string-ascii 10), tags: (list 3 uint)} b),
   int: (from-consensus-buff? int b), opt: (from-consensus-buff? (optional (response uint (buff 4))) b)})
(define-read-only (round-trip (xs (list 5 uint)))
  (let ((decoded (unwrap-panic (from-consensus-buff? (list 5 uint) (unwrap-panic (to-consensus-buff? xs))))))
    {decoded: decoded, again: (append decoded u9), size: (len decoded)}))
(define-read-only (numbers (b (buff 16)) (s (string-ascii 40)) (u (string-utf8 40)) (n int))
  {le: (buff-to-int-le b), be: (buff-to-uint-be b), ule: (buff-to-uint-le b), ibe: (buff-to-int-be b),
   si: (string-to-int? s), su: (string-to-uint? u), ia: (int-to-ascii n), iu: (int-to-utf8 n)})

(define-read-only (slices (xs (list 8 uint)) (s (string-utf8 10)) (b (buff 10)) (from uint) (to uint))
  {list: (slice? xs from to), kept: (slice? (var-get kept) from to), text: (slice? s from to), bytes: (slice? b from to),
   ascii: (slice? "abcdef" from to), found: (index-of? xs from), at: (element-at? (var-get kept) to)})
(define-read-only (replaces (xs (list 8 uint)) (s (string-ascii 10)) (b (buff 10)) (at uint))
  {list: (replace-at? xs at u7), kept: (replace-at? (var-get kept) at u0), text: (replace-at? s at "z"),
   bytes: (replace-at? b at 0xff)})

(define-read-only (principals (p principal) (name (string-ascii 40)))
  {standard: (is-standard p), parts: (principal-destruct? p),
   made: (principal-construct? 0x1a 0x7321b74e2b6a7e949e6c4ad313035b1665095017 name),
   plain: (principal-construct? 0x1a 0x7321b74e2b6a7e949e6c4ad313035b1665095017),
   short: (principal-construct? 0x1a 0x7321b74e)})
(define-read-only (bits (a int) (b uint))
  {and: (bit-and a 3 5), or: (bit-or b u8), xor: (bit-xor a a), not: (bit-not a),
   left: (bit-shift-left b u3), right: (bit-shift-right a u1)})
(define-read-only (burn-block (h uint))
  {hash: (get-burn-block-info? header-hash h), pox: (get-burn-block-info? pox-addrs h)})
