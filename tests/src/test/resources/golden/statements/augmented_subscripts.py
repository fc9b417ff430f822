# cpython-agrees
# Augmented assignment to subscripts and slices: the container and key are evaluated once.
xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 5
xs[1] -= 7
print(xs)
d = {"a": 1}
d["a"] += 1
d["a"] **= 3
d["a"] //= 3
d["a"] %= 5
print(d)
counts = {}
for w in "a b a c a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
def key():
    print("key evaluated")
    return 0
def target():
    print("target evaluated")
    return xs
target()[key()] += 1
print(xs)
xs[0:2] += [99]
print(xs)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
s = {"k": "ab"}
s["k"] += "c"
print(s)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
