# cpython-agrees
# Insertion order is kept through updates, deletes and re-inserts; mutating while iterating is an error.
d = {}
for k in [5, 3, 9, 1, "z", "a", 2.5]:
    d[k] = str(k)
print(list(d), list(d.values()))
del d[3]
d[3] = "again"
d[5] = "updated"
print(list(d.items()))
print(sorted(d, key=str), [k for k in d if isinstance(k, int)])
try:
    for k in d:
        d["added"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1]))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
