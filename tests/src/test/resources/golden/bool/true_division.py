print(True / 2, 7 / True)
