# cpython-agrees
# int(float) truncates toward zero; int() of a float string is an error.
print(int(2.9), int(-2.9), int(0.5), int(-0.5), int(-0.0), int(1e15), int(2.0))
print(int(9.223372036854775e18), int(-9223372036854775808.0))
print(int(True), int("  42 "), int("-17"), int("+5"), int("1_000"))
try:
    int("2.5")
except ValueError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError", e)
print(type(int(3.7)), int(3.7) == 3)
