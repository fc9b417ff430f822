# cpython-agrees
# int, bool and float as numbers: real, imag, numerator, denominator, conjugate().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (1.5).real)
t(lambda: (1.5).imag)
t(lambda: (-3).real)
t(lambda: (3).imag)
t(lambda: (3).numerator)
t(lambda: (3).denominator)
t(lambda: (3).conjugate())
t(lambda: (2.5).conjugate())
t(lambda: True.real)
t(lambda: True.imag)
t(lambda: False.numerator)
t(lambda: True.denominator)
t(lambda: True.conjugate())
t(lambda: (1.5).numerator)
t(lambda: "x".real)
