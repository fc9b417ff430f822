# cpython-agrees
# Fixed-point formatting with more decimals than a double has: the digits beyond its exact value are zeros.
for spec in [".2000f", ".1100f", ".60f", ".0f", ".1075f", ".1074f", ".5000%"]:
    for x in [1.5, 1e-300, 0.1, 2.5, 5e-324, 1.7976931348623157e308, 0.0]:
        print(spec, repr(x), format(x, spec))
print("%.3000f" % 0.1)
print(f"{2.675:.1080f}")
