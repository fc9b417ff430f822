# cpython-agrees
# One raise statement that sees instances, classes and values that are neither, in turn, each time
# after the others: what it raises, its arguments and the TypeError of a bad value.


def throw(x, cause=None):
    if cause is None:
        raise x
    raise x from cause


values = [ValueError("v", 1), KeyError, IndexError("i"), 5, ArithmeticError, "text", ValueError, None, TypeError()]
for round in range(3):
    seen = []
    for v in values:
        try:
            throw(v)
        except Exception as e:
            seen.append(type(e).__name__ + repr(e.args))
    print(round, seen)

for cause in (KeyError("k"), ValueError, None):
    try:
        throw(IndexError("x"), cause if cause is not None else KeyError)
    except IndexError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    throw(IndexError("x"), 7)
except TypeError as e:
    print("TypeError:", e)
