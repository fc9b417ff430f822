# cpython-agrees
# Keyword arguments, *args, **kwargs (insertion-ordered), keyword-only parameters, *xs and **d in calls.
def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2), f(1, b=2), f(c=9, b=8, a=7), f(*[1, 2]), f(*(1,), **{"b": 5}), f(**{"a": 0, "b": 0, "c": 0}))
def var(*args, **kwargs):
    return args, kwargs
print(var(), var(1, 2), var(x=1), var(1, y=2, x=3), var(*"ab", *[3], **{"k": 1}, z=2))
def kwonly(a, *, key, flag=False):
    return a, key, flag
print(kwonly(1, key="k"), kwonly(1, flag=True, key=0))
def mixed(a, b=2, *rest, c, d=4, **other):
    return a, b, rest, c, d, other
print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6), mixed(*range(4), c=0, **{"d": 1, "z": 9}))
def star_only(*, x):
    return x
print(star_only(x=1), f(1, 2,), var(1,))
args = [3, 2, 1]
print(max(*args), min(*args, 0), print(*args, sep="-"))
