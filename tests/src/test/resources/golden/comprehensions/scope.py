# cpython-agrees
# A comprehension has its own scope: its variable does not leak; the first iterable is evaluated outside.
x = "outer"
print([x for x in range(3)], x)
print({x: 0 for x in "ab"}, {x for x in [1]}, list(x for x in [2]), x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
n = 3
print([[n * i for i in range(n)] for n in range(1, n + 1)], n)
fs = [lambda: i for i in range(3)]
print([g() for g in fs])
fs = [lambda i=i: i for i in range(3)]
print([g() for g in fs])
try:
    print(i)
except NameError:
    print("i is not defined")
def outer():
    total = 0
    data = [1, 2, 3]
    squares = [v * v for v in data if v != total]
    return squares, total
print(outer())
