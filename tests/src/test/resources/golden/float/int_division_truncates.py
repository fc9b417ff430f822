# Hand-written: '/' on two ints truncates toward zero in PyRust (rule 2; CPython gives floats); with a
# float operand it is true division, as in CPython.
print(7 / 2, -7 / 2, 7 / -2, 7.0 / 2, -7 / 2.0, 1 / 3, 1 / 3.0)
print(type(7 / 2), type(7 / 2.0), type(6 / 3))
x = 7
x /= 2
print(x, type(x))
y = 7
y /= 2.0
print(y, type(y))
print(True / 1, 9 / True, float(7) / 2, 7 / float(2))
print(divmod(-7, 2), -7 // 2, -7 % 2, -7 / 2)
