def g():
    return a
def f(a):
    return g()
f(1)
