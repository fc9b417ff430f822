# cpython-agrees
def twice(f, x):
    return f(f(x))
def inc(n):
    return n + 1
def compose(f, g, x):
    return f(g(x))
print(twice(inc, 5), compose(inc, abs, -7))
