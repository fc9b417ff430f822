# cpython-agrees
# Dict displays, printing, d[k], d[k] = v, del d[k], in, len, iteration over keys, insertion order.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d, 1 in d)
del d["b"]
d["b"] = 4
print(d, list(d))
for k in d:
    print(k, d[k])
print({}, {1: [2], (3,): {4: 5}, None: "n", 2.5: True}, repr({"q": "it's"}), str({1: "1"}))
print(type({}), bool({}), bool({0: 0}), {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
e = {x: x * x for x in range(4)}
print(e, e[3])
d2 = {"k": 1, "k": 2}
print(d2)
