(define-read-only (f) .aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)
