;; a comment
(define-read-only (f) u1)
