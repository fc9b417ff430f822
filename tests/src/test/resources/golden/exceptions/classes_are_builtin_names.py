# cpython-agrees
# The built-in exception classes are names of the builtins, and print as classes do.
print(BaseException, Exception)
print(ArithmeticError, ZeroDivisionError, OverflowError)
print(LookupError, IndexError, KeyError)
print(TypeError, ValueError, NameError, UnboundLocalError, AttributeError)
print(RuntimeError, RecursionError, NotImplementedError, StopIteration, AssertionError)
print(MemoryError)
e = KeyError
print(e is KeyError, e is LookupError)
