# cpython-agrees
# for over any iterable: lists, tuples, strings, dicts, sets, ranges, iterators, enumerate/zip/map.
for x in [1, 2]:
    print("list", x)
for x in (3,):
    print("tuple", x)
for ch in "hé":
    print("str", ch)
for k in {"a": 1, "b": 2}:
    print("dict", k)
for v in {"a": 1}.values():
    print("values", v)
for s in {3, 1}:
    print("set", s)
for r in range(3, 0, -1):
    print("range", r)
it = iter([7, 8, 9])
next(it)
for x in it:
    print("iter", x)
for x in []:
    print("never")
for i, (a, b) in enumerate(zip("xy", map(str, [1, 2])), start=1):
    print(i, a, b)
xs = [1, 2, 3]
for x in xs:
    if x == 1:
        xs.append(4)
    print("growing", x)
print(x)
