# cpython-agrees
# 1, 1.0 and True are the same key (the first key object is kept, the last value wins); so are 0, 0.0, False.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), d[1], d[1.0], d[True])
e = {True: "t", 1: "one", 1.0: "onefloat"}
print(e)
f = {0: "zero", False: "f", 0.0: "z", -0.0: "nz"}
print(f)
print({1, 1.0, True}, {True, 1}, {0.0, 0, False}, len({1, True, 1.0, 2}))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(5) == 5, hash(-1) == hash(-2))
g = {}
g[2.0] = "a"
g[2] = "b"
print(g, 2 in g, 2.0 in g, 2.5 in g)
del g[2]
print(g)
