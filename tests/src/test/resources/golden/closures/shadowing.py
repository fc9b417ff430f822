# cpython-agrees
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer(), x)
def f():
    return "global f"
def outer2():
    def f():
        return "inner f"
    return f()
print(outer2(), f())
