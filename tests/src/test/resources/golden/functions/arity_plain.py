# Hand-written: a plain positional call with the wrong number of arguments keeps the Core message
# 'Function <name> expects <n> arguments, got <m>' (CPython: "f() takes 2 positional arguments but 3
# were given"); it is a TypeError. For a function with defaults or *args the wording is not pinned, so
# only the class is printed there.
def f(a, b):
    return a + b
def d(a, b=1):
    return a
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
for call in [lambda: d(), lambda: d(1, 2, 3), lambda: f(*[1])]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)
