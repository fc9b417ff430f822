# cpython-agrees
a = 5
print(0 <= a < 10, 0 <= a < 5, a == 5 != 6, 1 < 2 < 3 < 4, 1 < 3 < 2, 3 > 2 > 1 >= 1)
