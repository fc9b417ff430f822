# cpython-agrees
def a(x):
    def b(y):
        def c(z):
            return x * 100 + y * 10 + z
        return c
    return b
print(a(1)(2)(3))
def outer():
    v = 7
    def mid():
        def inner():
            return v * 2
        return inner()
    return mid()
print(outer())
