;; Cost conformance for the block information of Clarity 3.
(define-read-only (stacks-block (h uint))
  {id: (get-stacks-block-info? id-header-hash h), hash: (get-stacks-block-info? header-hash h),
   rand: (get-stacks-block-info? header-hash u0)})
(define-read-only (tenure (h uint))
  {miner: (get-tenure-info? miner-address h), vrf: (get-tenure-info? vrf-seed h),
   burn: (get-tenure-info? burnchain-header-hash h), reward: (get-tenure-info? block-reward h)})
