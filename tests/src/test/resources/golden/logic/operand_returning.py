# cpython-agrees
print(0 and 5, 3 and 5, 0 or 5, 3 or 5, "" or "d", None or 0, "a" and "", 5 and "last")
