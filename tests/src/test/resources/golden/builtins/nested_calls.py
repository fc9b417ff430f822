# cpython-agrees
print(max(1, 2) + min(3, 4), abs(min(-3, 2)), str(int("12") + 1) + "!")
