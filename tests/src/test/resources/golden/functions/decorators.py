# cpython-agrees
# Decorators: applied bottom-up when the def runs; decorators with arguments; they may return anything.
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper()
    return wrapper
def exclaim(n):
    def deco(f):
        def wrapper(*args):
            return f(*args) + "!" * n
        return wrapper
    return deco
@shout
def hello(name):
    return "hello " + name
@exclaim(3)
@shout
def hi():
    return "hi"
@shout
@exclaim(1)
def hey():
    return "hey"
print(hello("bob"), hi(), hey())
calls = []
def register(f):
    calls.append(f())
    return f
@register
def a():
    return 1
@register
def b():
    return 2
print(calls, a(), b())
def replace(f):
    return 42
@replace
def gone():
    pass
print(gone)
def trace(f):
    def wrapper(n):
        print("call", n)
        return f(n)
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(3))
