# cpython-agrees
def make():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1 * 10 + get()
print(make())
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
