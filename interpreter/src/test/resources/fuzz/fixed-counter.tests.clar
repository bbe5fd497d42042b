(define-read-only (invariant-count-bounded)
  (let ((increments (default-to u0 (get called (map-get? context "increment"))))
        (adds (default-to u0 (get called (map-get? context "add")))))
    (<= (var-get count) (+ increments (* u5 adds)))))

(define-public (test-add (n uint))
  (let ((before (var-get count)))
    (match (add n)
      total (begin
              (asserts! (is-eq total (+ before n)) (err u100))
              (ok true))
      code (ok (is-eq code u4)))))
