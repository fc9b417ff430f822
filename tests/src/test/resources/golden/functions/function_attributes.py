# cpython-agrees
# A function's __doc__ (its docstring: the body's first statement, a string literal), __defaults__ and __kwdefaults__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2, *c, d=4, e=[1], g, **h):
    "doc here"
    return a
def g(x):
    """Multi
    line."""
    return x
def h():
    x = "not a docstring"
    "nor this"
t(lambda: f.__doc__)
t(lambda: g.__doc__)
t(lambda: h.__doc__)
t(lambda: (lambda: 1).__doc__)
t(lambda: f.__defaults__)
t(lambda: g.__defaults__)
t(lambda: f.__kwdefaults__)
t(lambda: g.__kwdefaults__)
t(lambda: len.__doc__ is None or True)
