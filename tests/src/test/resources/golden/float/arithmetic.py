# cpython-agrees
# Float arithmetic and mixed int/float arithmetic (the int is converted).
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25)
print(1 + 0.5, 0.5 + 1, 3 * 0.5, 2 - 0.25, 10 - 2.5)
print(True + 0.5, 1.0 * False)
print(7.0 / 2, 7 / 2.0, -7 / 2.0, 1 / 4.0, 9.0 / 3)
print(0.1 * 3, 0.1 + 0.1 + 0.1, 1.1 * 1.1)
print(2.0 ** 10, 2 ** 0.5, 4.0 ** -1, (-8.0) ** 2, 2 ** -1.0, 10.0 ** 0)
print(abs(-2.5), abs(2.5), abs(-0.0))
x = 1
x += 0.5
print(x, type(x))
x *= 2
print(x, type(x))
print(-(1.5), -(0.0), 1e308 + 1e308)
print(float(7) / 2, float(-7) / 2)
