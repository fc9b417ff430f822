# cpython-agrees
# nonlocal rebinds a variable of an enclosing function; closures see later assignments (late binding).
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter()
print(c(), c(), c(5))
d = counter()
print(d(), c())
def outer():
    x = "a"
    def middle():
        def inner():
            nonlocal x
            x = x + "b"
        inner()
        inner()
    middle()
    return x
print(outer())
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [g() for g in fs]
print(late())
def two():
    a = 1
    b = 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(two())
