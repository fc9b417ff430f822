# cpython-agrees
# lambda: an expression; defaults, *args, closures.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(4), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted([3, -1, 2], key=lambda v: -v), list(map(lambda s: s + "!", ["a", "b"])))
make = lambda n: lambda x: x + n
plus3 = make(3)
print(plus3(4), make(10)(1))
pair = lambda: (1, 2)
a, b = pair()
print(a, b, (lambda x: (lambda y: x * y))(6)(7))
