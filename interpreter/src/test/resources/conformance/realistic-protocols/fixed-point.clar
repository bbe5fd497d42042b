;; Fixed-point arithmetic with 8 decimals (1.0 = u100000000), as lending and
;; AMM protocols carry it: products and quotients rounded down, up or to the
;; nearest with overflow and division guards, square roots through sqrti,
;; integer powers by squaring, log2 by repeated squaring of the mantissa,
;; ln from log2, exp by range reduction (2^k with pow) and a Taylor series,
;; and real powers as exp(y ln x). A savings account compounds continuously
;; per block with exp.
(define-constant ONE u100000000)
(define-constant ONE-I 100000000)
(define-constant LN2 69314718)
(define-constant MAX-UINT u340282366920938463463374607431768211455)
(define-constant owner tx-sender)

(define-constant err-overflow (err u600))
(define-constant err-division-by-zero (err u601))
(define-constant err-domain (err u602))
(define-constant err-owner-only (err u603))
(define-constant err-no-account (err u604))

(define-constant frac-bits (list u50000000 u25000000 u12500000 u6250000 u3125000 u1562500
  u781250 u390625 u195312 u97656 u48828 u24414 u12207 u6103 u3051 u1525 u762 u381 u190 u95
  u47 u23 u11 u5 u2 u1))
(define-constant power-bits (list u1 u2 u4 u8 u16 u32 u64 u128))
(define-constant taylor-terms (list 1 2 3 4 5 6 7 8 9 10 11 12))

(define-private (checked-mul (a uint) (b uint))
  (if (or (is-eq a u0) (<= b (/ MAX-UINT a))) (ok (* a b)) err-overflow))

(define-read-only (mul-down (a uint) (b uint)) (ok (/ (try! (checked-mul a b)) ONE)))

(define-read-only (mul-up (a uint) (b uint))
  (let ((p (try! (checked-mul a b))))
    (ok (if (is-eq p u0) u0 (+ u1 (/ (- p u1) ONE))))))

(define-read-only (mul-round (a uint) (b uint))
  (ok (/ (+ (try! (checked-mul a b)) (/ ONE u2)) ONE)))

(define-read-only (div-down (a uint) (b uint))
  (begin
    (asserts! (> b u0) err-division-by-zero)
    (ok (/ (try! (checked-mul a ONE)) b))))

(define-read-only (div-up (a uint) (b uint))
  (let ((scaled (try! (checked-mul a ONE))))
    (asserts! (> b u0) err-division-by-zero)
    (ok (if (is-eq scaled u0) u0 (+ u1 (/ (- scaled u1) b))))))

(define-read-only (div-round (a uint) (b uint))
  (begin
    (asserts! (> b u0) err-division-by-zero)
    (ok (/ (+ (try! (checked-mul a ONE)) (/ b u2)) b))))

(define-read-only (sqrt-fixed (a uint)) (ok (sqrti (try! (checked-mul a ONE)))))

(define-private (pow-step (bit uint) (acc (response {result: uint, square: uint, n: uint} uint)))
  (let ((s (try! acc)))
    (if (< (get n s) bit)
      (ok s)
      (ok {result: (if (> (bit-and (get n s) bit) u0) (try! (mul-down (get result s) (get square s))) (get result s)),
           square: (if (>= (get n s) (* bit u2)) (try! (mul-down (get square s) (get square s))) (get square s)),
           n: (get n s)}))))

;; base (fixed) to a whole power below 256
(define-read-only (pow-int (base uint) (n uint))
  (begin
    (asserts! (< n u256) err-domain)
    (ok (get result (try! (fold pow-step power-bits (ok {result: ONE, square: base, n: n})))))))

(define-private (log2-frac-step (bit uint) (acc {y: uint, frac: uint}))
  (let ((sq (/ (* (get y acc) (get y acc)) ONE)))
    (if (>= sq (* u2 ONE))
      {y: (/ sq u2), frac: (+ (get frac acc) bit)}
      {y: sq, frac: (get frac acc)})))

(define-private (log2-from-one (x uint))
  (let ((n (log2 (/ x ONE)))
        (y (/ x (pow u2 n))))
    (+ (* (to-int n) ONE-I) (to-int (get frac (fold log2-frac-step frac-bits {y: y, frac: u0}))))))

(define-read-only (log2-fixed (x uint))
  (begin
    (asserts! (> x u0) err-domain)
    (ok (if (>= x ONE) (log2-from-one x) (- 0 (log2-from-one (/ (* ONE ONE) x)))))))

(define-read-only (ln-fixed (x uint))
  (ok (/ (* (try! (log2-fixed x)) LN2) ONE-I)))

(define-private (taylor-step (n int) (acc {term: int, sum: int, r: int}))
  (let ((term (/ (/ (* (get term acc) (get r acc)) ONE-I) n)))
    {term: term, sum: (+ (get sum acc) term), r: (get r acc)}))

(define-private (exp-positive (x int))
  (let ((k (/ x LN2))
        (r (- x (* k LN2)))
        (er (get sum (fold taylor-step taylor-terms {term: ONE-I, sum: ONE-I, r: r}))))
    (* (to-uint er) (pow u2 (to-uint k)))))

;; e^x for x in fixed point, at most 60.0; below -40.0 the result rounds to 0
(define-read-only (exp-fixed (x int))
  (begin
    (asserts! (<= x 6000000000) err-overflow)
    (ok (if (< x -4000000000)
          u0
          (if (< x 0)
            (/ (* ONE ONE) (exp-positive (- 0 x)))
            (exp-positive x))))))

;; x^y = e^(y ln x), both fixed
(define-read-only (pow-fixed (x uint) (y int))
  (exp-fixed (/ (* y (try! (ln-fixed x))) ONE-I)))

(define-private (add-ln (x uint) (acc (response int uint)))
  (ok (+ (try! acc) (try! (ln-fixed x)))))

(define-read-only (geometric-mean (xs (list 10 uint)))
  (begin
    (asserts! (> (len xs) u0) err-domain)
    (exp-fixed (/ (try! (fold add-ln xs (ok 0))) (to-int (len xs))))))

;; a savings account compounding continuously per block at a fixed rate
(define-data-var rate-per-block int 100000)
(define-map accounts principal {amount: uint, since: uint})

(define-read-only (balance-of (who principal))
  (let ((acct (unwrap! (map-get? accounts who) err-no-account))
        (growth (try! (exp-fixed (* (var-get rate-per-block) (to-int (- stacks-block-height (get since acct))))))))
    (ok (/ (try! (checked-mul (get amount acct) growth)) ONE))))

(define-public (set-rate (rate int))
  (begin
    (asserts! (is-eq tx-sender owner) err-owner-only)
    (asserts! (and (>= rate 0) (<= rate 10000000)) err-domain)
    (ok (var-set rate-per-block rate))))

(define-public (save (amount uint))
  (let ((current (default-to u0 (ok-or-zero (balance-of tx-sender)))))
    (asserts! (> amount u0) err-domain)
    (map-set accounts tx-sender {amount: (+ current amount), since: stacks-block-height})
    (print {event: "save", who: tx-sender, balance: (+ current amount)})
    (ok (+ current amount))))

(define-private (ok-or-zero (r (response uint uint)))
  (match r value (some value) failed none))

(define-public (withdraw-all)
  (let ((total (try! (balance-of tx-sender))))
    (map-delete accounts tx-sender)
    (print {event: "withdraw", who: tx-sender, amount: total})
    (ok total)))
