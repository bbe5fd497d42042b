(use-trait)
