# cpython-agrees
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    f = middle()
    x = 42
    return f()
print(outer())
