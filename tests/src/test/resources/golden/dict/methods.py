# cpython-agrees
# get setdefault pop popitem keys values items update copy clear.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("z", "default"), d)
print(d.popitem(), d)
d["x"] = 9
print(d.popitem(), d)
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()), len(d.keys()), "a" in d.keys(), 2 in d.values(), ("a", 1) in d.items())
d.update({"b": 20, "new": 5})
print(d)
d.update([("p", 1), ("q", 2)])
print(d)
d.update(k=7, a=-1)
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c == d)
print(d.clear(), d, c)
nested = {"l": [1]}
shallow = nested.copy()
shallow["l"].append(2)
print(nested)
ks = d.keys()
d["late"] = 1
print(ks, list(ks))
