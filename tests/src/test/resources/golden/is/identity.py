# cpython-agrees
def f():
    return 1
def g():
    return 1
h = f
print(f is f, f is g, h is f, f is not g)
print(True is True, False is False, True is False, True is not None, None is None, print is print)
