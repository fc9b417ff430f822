# cpython-agrees
# round: banker's rounding to an int without digits, to a float with digits.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6, 0.49999999999999994]:
    print(v, round(v), type(round(v)))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(0.125, 2), round(0.375, 2))
print(round(7), round(-7), round(7, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(type(round(7, 2)), type(round(2.5, 0)), round(2.5, 0))
print(round(5e-324, 5), round(1e300, 2), round(123.456, None))
