# cpython-agrees
def f(a, b, c, d, e, f, g, h):
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8
print(f(1, 1, 1, 1, 1, 1, 1, 1))
