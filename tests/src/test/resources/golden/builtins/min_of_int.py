min(5)
