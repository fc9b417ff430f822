# cpython-agrees
# Lookups by str and int keys (which compiled code probes itself) agree with the generic path: 1, 1.0
# and True are one key, a str is never an int, and the first key object given stays.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), d[1], d[1.0], d[True], d.get(1), 1 in d, 1.0 in d, True in d)
d["1"] = "str"
print(d, d["1"], d.get("1"), "1" in d, d.get(2, "none"), 2 in d)
words = "a b a c b a".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
big = {}
for i in range(2000):
    big[str(i)] = i
    big[i] = str(i)
print(len(big), big["1999"], big[1999], big.get("2000"), big.get(2000, -1), "77" in big, 77 in big, 77.0 in big, 77.5 in big)
f = {2.5: "x", 2**53: "p", -1: "m", -2: "n"}
print(f.get(2.5), f.get(2), f[2**53], 2**53 + 1 in f, float(2**53) in f, f[-1], f[-2], -1.0 in f)
z = {0: "zero"}
print(z[False], z[0.0], z.get(-0.0), False in z)
for k in ["x", 5]:
    try:
        print({}[k])
    except KeyError as e:
        print("KeyError", e)
s = {"k": 1}
s["k"] = 2
s["k"] += 3
print(s, list(s.items()))
it = iter(s)
s["k"] = 9
print(next(it), s)
