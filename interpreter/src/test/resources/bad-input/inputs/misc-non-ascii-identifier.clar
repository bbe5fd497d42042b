(define-read-only (café) u1)
