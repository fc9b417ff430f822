# cpython-agrees
# Tuples of hashable values are hashable (dict keys, set members); equal tuples hash equal.
d = {(1, 2): "a", (): "empty", (1,): "one"}
print(d[(1, 2)], d[1, 2], d[()], d[(1,)], (1.0, 2) in d, (True, 2) in d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
try:
    {([1], 2): 0}
except TypeError as e:
    print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
