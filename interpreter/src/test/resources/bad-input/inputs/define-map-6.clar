(define-map m {} int)
