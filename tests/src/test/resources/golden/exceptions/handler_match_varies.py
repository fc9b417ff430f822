# cpython-agrees
# One try statement whose handlers see different exception classes, handler class values that change
# between runs, and tuples: each handler remembers the first pair it matched, never a wrong answer.


class_of = [ValueError, KeyError, IndexError, ZeroDivisionError, LookupError, ArithmeticError]


def classify(kind):
    try:
        raise class_of[kind]("k%d" % kind)
    except ValueError as e:
        return "value " + str(e)
    except LookupError as e:
        return "lookup " + type(e).__name__
    except (TypeError, ArithmeticError) as e:
        return "arith-or-type " + type(e).__name__


for round in range(3):
    print([classify(k) for k in (0, 1, 2, 3, 4, 5, 1, 0)])


def catch_with(handler, exc):
    try:
        raise exc
    except handler:
        return "caught " + exc.__name__ + " with " + (handler.__name__ if isinstance(handler, type) else str(len(handler)))
    except BaseException as e:
        return "passed " + type(e).__name__


pairs = [(ValueError, ValueError), (KeyError, ValueError), (Exception, KeyError), (LookupError, IndexError),
         (ValueError, ValueError), (IndexError, KeyError), ((KeyError, ValueError), ValueError),
         ((KeyError, ValueError), ZeroDivisionError), (ArithmeticError, ZeroDivisionError), (ValueError, KeyError)]
for i in range(2):
    for handler, exc in pairs:
        print(catch_with(handler, exc))


def not_a_class(handler):
    try:
        try:
            raise ValueError("inner")
        except handler:
            return "caught"
    except TypeError as e:
        return "TypeError: " + str(e)


print(not_a_class(ValueError))
print(not_a_class(3))
print(not_a_class(ValueError))
print(not_a_class((ValueError, 3)))
print(not_a_class((3, ValueError)))
print(not_a_class(((ValueError, KeyError), TypeError)))
try:
    try:
        raise ValueError("empty tuple")
    except ():
        print("caught by ()")
except ValueError as e:
    print("() catches nothing:", e)
