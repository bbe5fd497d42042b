(define-read-only (f) "a﻿b")
