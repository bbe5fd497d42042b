(impl-trait .c)
