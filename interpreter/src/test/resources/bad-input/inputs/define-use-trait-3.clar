(use-trait t 1)
