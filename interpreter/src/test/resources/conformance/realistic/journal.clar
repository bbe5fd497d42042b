;; An audit journal: every action records a structured entry and prints it,
;; so indexers can follow the contract. Entries nest tuples, lists,
;; optionals, responses, strings and buffers; a failing action prints first
;; and then fails, so its events are dropped.
(define-data-var seq uint u0)
(define-map entries uint {kind: (string-ascii 16), detail: (optional {who: principal, note: (string-utf8 80), tags: (list 4 (string-ascii 12))}), amount: int, raw: (buff 16)})

(define-private (next) (begin (var-set seq (+ (var-get seq) u1)) (var-get seq)))

(define-public (note (text (string-utf8 80)) (tags (list 4 (string-ascii 12))) (amount int) (raw (buff 16)))
  (let ((id (next))
        (item {kind: "note", detail: (some {who: tx-sender, note: text, tags: tags}), amount: amount, raw: raw}))
    (map-set entries id item)
    (print {id: id, entry: item, a-b: (list (ok amount) (err raw)), a: (some (some none))})
    (ok id)))

(define-public (note-then-fail (text (string-utf8 80)) (code uint))
  (let ((id (next)))
    (print {id: id, failing: text})
    (map-set entries id {kind: "fail", detail: none, amount: 0, raw: 0x})
    (if (> code u0) (err code) (ok id))))

(define-public (batch (texts (list 5 (string-utf8 80))))
  (ok (map print-one texts)))

(define-private (print-one (text (string-utf8 80)))
  (print {len: (len text), text: text, first: (element-at? text u0)}))

(define-public (extremes)
  (ok (print {max-int: 170141183460469231731687303715884105727, min-int: -170141183460469231731687303715884105728,
              max-uint: u340282366920938463463374607431768211455, empty: (list), empty-buff: 0x, empty-ascii: "", empty-utf8: u"",
              quote: "a \"quoted\" \\ backslash", tab: "col1\tcol2", nl: "line1\nline2", bell: u"\u{7}", nul: u"\u{0}",
              mixed: u"caf\u{e9} \u{1F600} \u{4e2d}\u{6587}", principal: tx-sender, contract: current-contract})))

(define-read-only (entry (id uint)) (map-get? entries id))
(define-read-only (last-id) (var-get seq))
