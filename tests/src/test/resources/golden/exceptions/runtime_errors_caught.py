# Hand-written: PyRust's runtime errors keep their own messages (Core/Full, rule 6) but are exceptions of
# the built-in classes and can be caught; CPython's messages differ ('division by zero', "name 'x' is
# not defined", no 64-bit overflow at all).
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, repr(e))
try:
    5 % 0
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    7 // 0
except Exception as e:
    print(type(e).__name__, e, isinstance(e, ArithmeticError))
try:
    9223372036854775807 + 1
except OverflowError as e:
    print("OverflowError", e)
m = -9223372036854775807 - 1
try:
    -m
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    m * -1
except OverflowError as e:
    print("OverflowError", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError", e)
try:
    undefined_function(1)
except NameError as e:
    print("NameError", e)
def f():
    v = v + 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError", e, isinstance(e, NameError))
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
try:
    -None
except TypeError as e:
    print("TypeError", e)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError", e, isinstance(e, RuntimeError))
print("still running")
