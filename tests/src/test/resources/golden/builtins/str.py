def f():
    return 1
print(str(5), str(-3), str(True), str(None), str("x"), str(f), str(print))
print(str() == "", str(-9223372036854775807 - 1))
