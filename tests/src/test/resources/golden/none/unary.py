def f():
    pass
-f()
