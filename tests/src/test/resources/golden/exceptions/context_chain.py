# cpython-agrees
# __context__: the exception being handled when another was raised (in the handler or in a function it
# calls), kept by a re-raise, not made into a cycle; __suppress_context__ after raise ... from.
def fail(kind):
    raise kind("inner")


def show(e):
    ctx = e.__context__
    print(type(e).__name__, "context:", None if ctx is None else type(ctx).__name__ + repr(ctx.args),
          "cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)


try:
    try:
        {}["k"]
    except KeyError:
        fail(ValueError)
except ValueError as e:
    show(e)
try:
    try:
        raise TypeError("t")
    except TypeError as t:
        raise RuntimeError("r") from t
except RuntimeError as e:
    show(e)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise RuntimeError("r") from None
except RuntimeError as e:
    show(e)
try:
    try:
        raise IndexError("i")
    except IndexError:
        raise
except IndexError as e:
    show(e)
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise a
except KeyError as e:
    show(e)
    show(e.__context__)
try:
    raise ValueError("plain")
except ValueError as e:
    show(e)
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("caught inside the handler")
    except ValueError as v:
        show(v)
