# cpython-agrees
print(abs(-5), abs(5), abs(0), abs(True), abs(False), abs(-9223372036854775807))
