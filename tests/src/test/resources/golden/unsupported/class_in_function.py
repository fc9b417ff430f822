def f():
    class B:
        pass
    return 1
f()
