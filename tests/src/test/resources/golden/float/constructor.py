# cpython-agrees
# float(x) from ints, bools, strings and floats.
print(float(3), float(-3), float(True), float(False), float(2.5), float())
print(float("1.5"), float("  -2.25\n"), float("1e3"), float("1_000.5"), float(".5"), float("5."), float("+7"))
print(float("-0"), float("0x10" if False else "16"), float(9007199254740993))
for bad in ["abc", "", "1.5.2", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    float([1])
except TypeError as e:
    print("TypeError", e)
