def f(a):
    return a
g = f
g(1, 2)
