# cpython-agrees
# Argument errors that use CPython's words: calls with keywords or to keyword-only parameters (a plain
# positional call with the wrong count keeps the Core message: see arity_plain.py).
def attempt(f):
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
def f(a, b):
    return a + b
def k(a, *, key):
    return a
def d(a, b=1):
    return a
attempt(lambda: f(a=1))
attempt(lambda: f(1, a=2))
attempt(lambda: f(1, 2, c=3))
attempt(lambda: f(b=1))
attempt(lambda: k(1))
attempt(lambda: k(1, 2, key=3))
attempt(lambda: f(**{"a": 1, "b": 2, "c": 3}))
attempt(lambda: f(1, **{"a": 1}))
def v(*args):
    return args
attempt(lambda: v(1, *5))
print(v(*(x for x in "ab")), v(*"cd", *[1], *range(2)))
