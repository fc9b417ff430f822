# cpython-agrees
# for targets may unpack: tuples, nested tuples, enumerate, zip, dict items.
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for i, (x, y) in enumerate([("a", "b"), ("c", "d")]):
    print(i, x, y)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for a, b in zip("xy", [10, 20]):
    print(a, b)
for [p, q] in ["ab", "cd"]:
    print(p + q)
xs = [0, 0]
for xs[0], xs[1] in [(1, 2), (3, 4)]:
    pass
print(xs)
d = {}
for d["k"] in range(3):
    pass
print(d)
for a, in [(1,), (2,)]:
    print(a)
print(a, b, p, q, i, x, y, k, v)
