# cpython-agrees
# repr/str give the shortest round-trip form; exponent form from 1e16 and below 1e-4.
values = [0.1, 0.2, 0.1 + 0.2, 1/3.0, 2/3.0, 1e15, 1e16, 1e17, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 1.5e-10, 1e22, 1e23, 1.7976931348623157e308, 5e-324,
          2.0 ** 0.5, 3.14159, 100.0, 1e100, -1e-7, 12345.678, 0.5, 9007199254740993.0]
for v in values:
    print(repr(v), str(v))
print(str(1e16) == repr(1e16))
print(1e308 * 10, -1e308 * 10)
