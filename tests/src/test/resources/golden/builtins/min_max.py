# cpython-agrees
print(min(3, 1, 2), max(3, 1, 2), min(-1, -5), max(7, 7), min(4, 9))
print(max(1, True), max(True, 1), min(0, False), min(False, 0), max(2, True))
