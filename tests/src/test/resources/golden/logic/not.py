# cpython-agrees
print(not 0, not 1, not "", not "a", not None, not True, not not 5)
print(not 1 == 2, not 1 + 1, 1 or 0 and 0, (1 or 0) and 0)
