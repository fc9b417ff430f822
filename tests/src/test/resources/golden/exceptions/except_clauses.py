# cpython-agrees
# except with a class, a base class, a tuple of classes, bare except; the first matching clause wins;
# the 'as' name is unbound after the handler.
def classify(f):
    try:
        f()
    except ZeroDivisionError:
        return "zero"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
    return "ok"
print(classify(lambda: 1 // 0), classify(lambda: {}["k"]), classify(lambda: [][0]), classify(lambda: int("x")))
print(classify(lambda: 2 ** 0.5), classify(lambda: 1 % 0), classify(lambda: None))
def raise_overflow():
    raise OverflowError("big")
print(classify(raise_overflow))
try:
    raise IndexError("i")
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    raise TypeError("t")
except:
    print("bare except")
try:
    raise ValueError("scoped")
except ValueError as err:
    print(err)
try:
    err
except NameError:
    print("err is unbound after the handler")
try:
    try:
        raise ValueError("not a key error")
    except KeyError:
        print("never")
except ValueError as e:
    print("propagated", e)
