# cpython-agrees
print(True + True, True * 10, False - 1, -True, +True, True // 2, True % 2, 2 ** True, True ** 0)
