# cpython-agrees
# Float literal forms and how they print.
print(1.5, .5, 5., 1e3, 1E3, 1e-3, 1_000.0, 1_0.2_5)
print(0.0, -0.0, 00.5, 1e0, 2.5e+2, 3.e2)
print(repr(1.0), repr(100.0), repr(0.1), repr(-2.75))
print(type(1.5), type(1e3), type(.5))
x = 1.5
print(x, -x, +x)
