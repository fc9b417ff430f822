print(y := 1)
