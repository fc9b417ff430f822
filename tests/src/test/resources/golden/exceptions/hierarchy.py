# cpython-agrees
# The built-in exception classes and Python's hierarchy among them.
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError,
           IndexError, KeyError, TypeError, ValueError, NameError, UnboundLocalError, AttributeError,
           RuntimeError, RecursionError, NotImplementedError, StopIteration, AssertionError]
for c in classes:
    bases = [b.__name__ for b in classes if b is not c and isinstance(c(), b)]
    print(c.__name__, bases)
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), Exception), isinstance(ValueError(), LookupError))
print(type(KeyError("x")) is KeyError, type(ValueError()).__name__, isinstance(UnboundLocalError(), NameError))
print(isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError), isinstance(StopIteration(), Exception))
