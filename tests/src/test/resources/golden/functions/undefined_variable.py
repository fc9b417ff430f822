print(1 + y)
