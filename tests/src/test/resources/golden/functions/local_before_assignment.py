x = 1
def f():
    y = x
    x = 2
    return y
f()
