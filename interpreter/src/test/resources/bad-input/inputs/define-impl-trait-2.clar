(impl-trait 1)
