# Hand-written expectation: PyRust's ints are 64-bit, so a ratio whose numerator or denominator needs
# more (5e-324, 1e+300, 1e-05) is an OverflowError where CPython returns big ints; the other lines are
# CPython's.
for x in [0.5, 0.1, -2.5, 3.0, 0.0, -0.0, 1e18, 0.75, 2.0 ** 62, 1.0 / 1024, 5e-324, 1e300, float("inf"), float("nan"), 1e-5]:
    try:
        n, d = x.as_integer_ratio()
        print(x, n, d, float(n) / d == x)
    except (OverflowError, ValueError) as e:
        print(x, type(e).__name__, e)
