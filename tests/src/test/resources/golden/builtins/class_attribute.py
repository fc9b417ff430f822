# cpython-agrees
# x.__class__ is type(x) for every kind of value.
values = [1, 1.5, True, None, "s", [1], (1,), {1: 2}, {1}, frozenset(), range(3), ValueError("v"), len, int, iter([])]
for v in values:
    print(v.__class__ is type(v), v.__class__.__name__)
print((1).__class__(7), "x".__class__ is str, [].__class__().__class__)


def f():
    pass


print(f.__class__.__name__, type(f) is f.__class__)
