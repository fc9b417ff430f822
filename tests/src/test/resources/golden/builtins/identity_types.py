# cpython-agrees
# isinstance (with tuples of classes, bool is an int), type, hash, id.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", (list, tuple)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), set))
print(isinstance(range(1), range), isinstance(None, type(None)), isinstance(KeyError(), (ValueError, LookupError)))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(frozenset()), type(None), type(True), type(range(1)))
print(type(1) is int, type(True) is int, type(type(1)), type(1) == int, type([]) is list)
print(hash(1), hash(-1), hash(0), hash(True), hash(1.0), hash(1.5) == hash(1.5), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), id(a) != id(b), type(id(a)), id(None) == id(None))
for bad in [[], {}, set(), ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
print(int("5") + float("1.5"), type(int), type(int) is type)
