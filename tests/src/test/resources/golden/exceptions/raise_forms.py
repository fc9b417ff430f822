# cpython-agrees
# raise with an instance or a class, raise from, bare raise (re-raise), args and str of exceptions.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), repr(str(e)), e.args)
try:
    raise ValueError("bad", 2)
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise KeyError("key")
except KeyError as e:
    print(repr(e), str(e))
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__cause__ is not None)
try:
    try:
        raise IndexError("first")
    except IndexError:
        raise
except IndexError as e:
    print("re-raised", e)
def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
try:
    check(-5)
except ValueError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
e = NotImplementedError("todo")
print(type(e), isinstance(e, RuntimeError), str(e))
try:
    raise StopIteration
except StopIteration as s:
    print("StopIteration", repr(s))
