# cpython-agrees
# // floors and % takes the sign of the divisor, with floats too.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (1.0, 0.3), (5.0, 5.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 3))
print(type(7.0 // 2), type(7 // 2))
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0)
print(6.0 % 4, 6 % 4.0, -6.0 % 4)
