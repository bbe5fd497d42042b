(impl-trait)
