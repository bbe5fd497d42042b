;; What an implementation behind the proxy offers.
(define-trait calculator
  ((compute (uint uint) (response uint uint))
   (version () (response (string-ascii 16) uint))))
