def f(a, a):
    return a
f(1, 2)
