;; Deployed from the class path by SimnetExtensionTest.
(define-constant greeting "hello from ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG")
(define-constant owner tx-sender)
(define-read-only (greet)
  (if (is-eq owner 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG) (ok greeting) (err u1)))
