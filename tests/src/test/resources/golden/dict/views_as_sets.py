# cpython-agrees
# Keys and items views are set-like: & | - ^ with any iterable give a set, and == with a set compares
# as sets; values views are not set-like. d | e merges dicts (3.9), d |= x updates in place from a
# mapping or pairs. dict.fromkeys is a class method.
d = {"a": 1, "b": 2}
print(sorted(d.keys() & ["a", "q"]), sorted(["a", "q"] & d.keys()))
print(sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), sorted({"a", "x"} - d.keys()))
print(sorted(d.keys() ^ {"a", "c"}), type(d.keys() & set()).__name__)
print(sorted(d.items() & {("a", 1), ("b", 3)}), sorted(d.items() - {("a", 1)}))
print(d.keys() == {"a", "b"}, d.keys() != {"a"}, d.items() == {("a", 1), ("b", 2)})
print(d.keys() == ["a", "b"], d.keys() == d.keys(), {1: 2}.items() == {1: 2}.items())
print(d.values() == d.values())
for bad in (lambda: d.values() & {1}, lambda: d.keys() | 5, lambda: d & d, lambda: d | [("a", 2)]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(d | {"b": 3, "c": 4}, d)
e = dict(d)
e |= [("z", 26)]
e |= {"a": 0}
print(e, d)
print(dict.fromkeys("ab"), dict.fromkeys(range(3), 0), {}.fromkeys(["k"], 1))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
try:
    dict.fromkeys(5)
except TypeError as e:
    print("TypeError", e)
