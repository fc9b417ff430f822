def f():
    t = 5
    return t
f()
t
