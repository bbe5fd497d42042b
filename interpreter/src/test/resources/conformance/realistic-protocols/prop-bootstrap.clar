;; Bootstraps the DAO: enables its extensions and mints the first tokens.
(impl-trait .dao-traits.proposal-trait)
(define-public (execute (sender principal))
  (begin
    (try! (contract-call? .dao-core set-extensions
      (list {extension: .dao-token, enabled: true}
            {extension: .dao-treasury, enabled: true}
            {extension: .dao-voting, enabled: true})))
    (try! (contract-call? .dao-token dao-mint u1000 'ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5))
    (try! (contract-call? .dao-token dao-mint u600 'ST2CY5V39NHDPWSXMW9QDT3HC3GD6Q6XX4CFRK9AG))
    (try! (contract-call? .dao-token dao-mint u50 'ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC))
    (print {event: "bootstrap", sender: sender})
    (ok true)))
