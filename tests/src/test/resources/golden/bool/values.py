# cpython-agrees
print(True, False, True == 1, False == 0, True > False, str(True), int(False), True + 0)
