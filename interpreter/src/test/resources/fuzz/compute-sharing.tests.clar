;; Invariants and a property of the seed contract compute-sharing.clar (read from ../shared/seed).

;; every successful request-compute made exactly one job id
(define-read-only (invariant-job-ids-count-requests)
  (is-eq (var-get last-job-id)
         (default-to u0 (get called (map-get? context "request-compute")))))

;; the last job id is a job, and the next one is not yet
(define-read-only (invariant-last-job-exists)
  (and (or (is-eq (var-get last-job-id) u0)
           (is-some (map-get? active-jobs { job-id: (var-get last-job-id) })))
       (is-none (map-get? active-jobs { job-id: (+ (var-get last-job-id) u1) }))))

;; the contract holds STX only once someone added funds
(define-read-only (invariant-no-stx-without-funds)
  (or (> (default-to u0 (get called (map-get? context "add-funds"))) u0)
      (is-eq (stx-get-balance (as-contract tx-sender)) u0)))

;; a consumer's funds are counted in full (discarded when the sender cannot pay)
(define-public (test-add-funds-counts (amount uint))
  (let ((before (get balance (get-consumer-balance tx-sender))))
    (if (or (is-eq amount u0) (> amount (stx-get-balance tx-sender)))
        (ok false)
        (begin
          (try! (add-funds amount))
          (asserts! (is-eq (get balance (get-consumer-balance tx-sender)) (+ before amount)) (err u1))
          (ok true)))))
