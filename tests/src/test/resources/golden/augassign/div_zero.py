def f():
    x = 5
    x /= 0
f()
