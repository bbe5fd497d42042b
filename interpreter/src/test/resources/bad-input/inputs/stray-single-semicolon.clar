(define-read-only (f) u1) ; not a comment
