# cpython-agrees
# Default values are evaluated once, when the def runs; a mutable default is shared between calls.
def append_to(x, xs=[]):
    xs.append(x)
    return xs
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
n = 5
def f(a, b=n, c=n * 2):
    return a, b, c
n = 100
print(f(1), f(1, 2), f(1, 2, 3), f(1, c=0))
def log(msg, seen=None):
    if seen is None:
        seen = []
    seen.append(msg)
    return seen
print(log("a"), log("b"))
def counter(start=0, step=1):
    return list(range(start, start + 3 * step, step))
print(counter(), counter(10), counter(step=5), counter(1, -1))
def order():
    print("default evaluated")
    return 7
def g(x=order()):
    return x
print("after def")
print(g(), g(1))
