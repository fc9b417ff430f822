# cpython-agrees
# One call site that calls exception classes and other types in turn: each call makes what its type
# makes, whichever type the site saw first, and a type that cannot be called fails the same way.
def make(t, arg):
    return t(arg)


for t in (ValueError, KeyError, int, str, ValueError, float):
    v = make(t, "7")
    print(type(v).__name__, repr(v))
for i in range(6):
    try:
        raise (ValueError if i % 2 else KeyError)(i)
    except ValueError as e:
        print("value", e.args)
    except KeyError as e:
        print("key", e.args)
try:
    make(5, 1)
except TypeError as e:
    print(e)
