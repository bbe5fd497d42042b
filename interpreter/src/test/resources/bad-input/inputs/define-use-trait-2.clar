(use-trait t)
