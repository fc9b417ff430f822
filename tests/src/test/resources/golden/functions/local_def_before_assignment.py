def f():
    g()
    def g():
        return 1
f()
