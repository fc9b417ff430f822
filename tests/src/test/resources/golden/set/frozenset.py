# cpython-agrees
# frozenset: immutable, hashable, usable as a dict key and set member; shares the set operations.
f = frozenset([3, 1, 2, 1])
print(f, frozenset(), repr(frozenset("a")), len(f), 2 in f, type(f))
print(f | {9}, f & {1, 7}, f - {1}, f ^ {1, 5}, f.union([4]), f.issubset(range(5)), f.issuperset({1}))
print(type(f | {9}), type({9} | f), f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})], {frozenset(), frozenset()})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
try:
    {{1}: 2}
except TypeError as e:
    print("TypeError", e)
print(sorted(f), list(frozenset(range(4))), set(f), frozenset(f) == f)
