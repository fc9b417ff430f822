# cpython-agrees
print(1 < 2, 2 < 1, 1 <= 1, 2 >= 3, 1 == 1, 1 != 1, 3 > 2, -1 < 0)
