(impl-trait t)
