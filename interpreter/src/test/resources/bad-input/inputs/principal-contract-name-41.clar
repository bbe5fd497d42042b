(define-read-only (f) 'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)
