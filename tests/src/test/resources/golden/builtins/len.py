# cpython-agrees
print(len("abc"), len(""), len("ab" * 1000), len(str(-12345)))
