# cpython-agrees
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "ab" * True, "-" * 10)
