# cpython-agrees
# __qualname__ names the functions around a function (f.<locals>.g; a comprehension adds no <locals>), __module__ is __main__.
def outer():
    def inner():
        def innermost():
            pass
        return innermost
    lam = lambda: 0
    comp = [lambda: i for i in range(1)]
    return inner, inner(), lam, comp[0]
def top():
    pass
print(top.__qualname__, top.__name__, top.__module__)
for f in outer():
    print(f.__qualname__, f.__name__, f.__module__)
print((lambda: 0).__qualname__)
print(len.__qualname__, len.__name__)
print(str.__qualname__, str.__name__, int.__qualname__)
def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def decorated():
    pass
print(decorated.__qualname__, decorated.__name__)
print(next(lambda: 0 for _ in [1]).__qualname__)
print((lambda: lambda: 0)().__qualname__)
print({k: (lambda: k) for k in [1]}[1].__qualname__)
# Call errors name the function by its qualified name, as CPython 3.11's do.
def make():
    def g(a, *, k):
        return a
    return g
for call in (lambda: make()(1), lambda: make()(1, k=2, z=3), lambda: make()(1, 2, k=3), lambda: make()(1, a=1, k=2),
             lambda: make()(1, **{"k": 1}, k=2), lambda: make()(1, k=2, **{"k": 1}), lambda: dict(a=1, **{"a": 2}),
             lambda: len(**{"x": 1}, x=2), lambda: top(x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
