(define-read-only (f) 'st1pqhqkv0rjxzfy1dgx8mnsnyve3vgzjsrtpgzgm)
