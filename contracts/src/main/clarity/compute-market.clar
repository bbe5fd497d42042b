;; compute-market: providers rent out computing resources, consumers pay for them in STX.
;;
;; Written for this project from the description of the compute-sharing platform: providers
;; register their resources and a price per unit; consumers deposit STX and request compute
;; from a provider; the provider completes the job, is credited with its cost, and withdraws
;; its earnings. Consumers can also cancel an active job and withdraw unspent funds.
;;
;; The contract holds every deposit. Paying out of it uses `as-contract`, inside which
;; tx-sender is the contract itself, so the recipient is captured before.

(define-constant ERR-NOT-FOUND (err u101))
(define-constant ERR-UNAUTHORIZED (err u102))
(define-constant ERR-ALREADY-REGISTERED (err u103))
(define-constant ERR-INVALID-AMOUNT (err u104))
(define-constant ERR-INSUFFICIENT-BALANCE (err u105))
(define-constant ERR-JOB-CLOSED (err u106))
(define-constant ERR-NOTHING-TO-WITHDRAW (err u107))
(define-constant ERR-OWN-RESOURCES (err u108))

;; Providers: units still available, the price of a unit in micro-STX, earnings not yet withdrawn.
(define-map providers principal { resources: uint, price-per-unit: uint, earnings: uint })

;; Consumers: micro-STX deposited and neither spent nor withdrawn.
(define-map balances principal uint)

;; Jobs, numbered from u1; status is "active", "completed" or "cancelled".
(define-map jobs uint
  { consumer: principal, provider: principal, resources: uint, total-cost: uint, status: (string-ascii 10) })

(define-data-var last-job-id uint u0)

;; --- read-only ---------------------------------------------------------------

(define-read-only (get-provider (provider principal))
  (map-get? providers provider))

(define-read-only (get-balance (consumer principal))
  (default-to u0 (map-get? balances consumer)))

(define-read-only (get-job (job-id uint))
  (map-get? jobs job-id))

(define-read-only (get-last-job-id)
  (var-get last-job-id))

;; --- providers ---------------------------------------------------------------

(define-public (register-provider (resources uint) (price-per-unit uint))
  (begin
    (asserts! (and (> resources u0) (> price-per-unit u0)) ERR-INVALID-AMOUNT)
    (asserts! (map-insert providers tx-sender { resources: resources, price-per-unit: price-per-unit, earnings: u0 })
      ERR-ALREADY-REGISTERED)
    (ok true)))

;; A provider may set its resources to zero to take no more jobs; a price must stay positive.
(define-public (update-provider (resources uint) (price-per-unit uint))
  (let ((provider (unwrap! (map-get? providers tx-sender) ERR-NOT-FOUND)))
    (asserts! (> price-per-unit u0) ERR-INVALID-AMOUNT)
    (map-set providers tx-sender (merge provider { resources: resources, price-per-unit: price-per-unit }))
    (ok true)))

(define-public (complete-job (job-id uint))
  (let
    (
      (job (unwrap! (map-get? jobs job-id) ERR-NOT-FOUND))
      ;; a job's provider is registered: providers are never removed
      (provider (unwrap-panic (map-get? providers (get provider job))))
    )
    (asserts! (is-eq tx-sender (get provider job)) ERR-UNAUTHORIZED)
    (asserts! (is-eq (get status job) "active") ERR-JOB-CLOSED)
    (map-set jobs job-id (merge job { status: "completed" }))
    (map-set providers tx-sender
      (merge provider
        {
          resources: (+ (get resources provider) (get resources job)),
          earnings: (+ (get earnings provider) (get total-cost job))
        }))
    (print { event: "job-completed", job-id: job-id, earned: (get total-cost job) })
    (ok true)))

(define-public (withdraw-earnings)
  (let
    (
      (provider tx-sender)
      (data (unwrap! (map-get? providers tx-sender) ERR-NOT-FOUND))
      (earnings (get earnings data))
    )
    (asserts! (> earnings u0) ERR-NOTHING-TO-WITHDRAW)
    (try! (as-contract (stx-transfer? earnings tx-sender provider)))
    (map-set providers provider (merge data { earnings: u0 }))
    (print { event: "earnings-withdrawn", provider: provider, amount: earnings })
    (ok earnings)))

;; --- consumers ---------------------------------------------------------------

(define-public (add-funds (amount uint))
  (let ((balance (+ (get-balance tx-sender) amount)))
    (asserts! (> amount u0) ERR-INVALID-AMOUNT)
    (try! (stx-transfer? amount tx-sender (as-contract tx-sender)))
    (map-set balances tx-sender balance)
    (ok balance)))

(define-public (withdraw-funds (amount uint))
  (let
    (
      (consumer tx-sender)
      (balance (get-balance tx-sender))
    )
    (asserts! (> amount u0) ERR-INVALID-AMOUNT)
    (asserts! (<= amount balance) ERR-INSUFFICIENT-BALANCE)
    (try! (as-contract (stx-transfer? amount tx-sender consumer)))
    (map-set balances consumer (- balance amount))
    (ok (- balance amount))))

(define-public (request-compute (provider principal) (resources uint))
  (let
    (
      (offer (unwrap! (map-get? providers provider) ERR-NOT-FOUND))
      (total-cost (* resources (get price-per-unit offer)))
      (balance (get-balance tx-sender))
      (job-id (+ (var-get last-job-id) u1))
    )
    (asserts! (not (is-eq provider tx-sender)) ERR-OWN-RESOURCES)
    (asserts! (and (> resources u0) (<= resources (get resources offer))) ERR-INVALID-AMOUNT)
    (asserts! (<= total-cost balance) ERR-INSUFFICIENT-BALANCE)
    (map-set jobs job-id
      { consumer: tx-sender, provider: provider, resources: resources, total-cost: total-cost, status: "active" })
    (map-set providers provider (merge offer { resources: (- (get resources offer) resources) }))
    (map-set balances tx-sender (- balance total-cost))
    (var-set last-job-id job-id)
    (print { event: "job-requested", job-id: job-id, consumer: tx-sender, provider: provider, total-cost: total-cost })
    (ok job-id)))

;; The consumer gets the cost back and the provider its resources.
(define-public (cancel-job (job-id uint))
  (let
    (
      (job (unwrap! (map-get? jobs job-id) ERR-NOT-FOUND))
      (provider (unwrap-panic (map-get? providers (get provider job))))
    )
    (asserts! (is-eq tx-sender (get consumer job)) ERR-UNAUTHORIZED)
    (asserts! (is-eq (get status job) "active") ERR-JOB-CLOSED)
    (map-set jobs job-id (merge job { status: "cancelled" }))
    (map-set providers (get provider job) (merge provider { resources: (+ (get resources provider) (get resources job)) }))
    (map-set balances tx-sender (+ (get-balance tx-sender) (get total-cost job)))
    (ok true)))
