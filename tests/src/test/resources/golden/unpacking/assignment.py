# cpython-agrees
# Tuple packing and unpacking in assignments, swaps, nested targets, any iterable on the right.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
a, b, c = [1, 2, 3]
print(a, b, c)
x, y = "hi"
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = (4, 5)
print(s, t)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
i, j = range(2)
print(i, j)
t = 1, 2, 3
print(t)
m = n = 0, 1
print(m, n, m is n)
xs = [0, 0, 0]
i = 0
i, xs[i] = 2, 5
print(i, xs)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
d = {}
d["x"], d["y"] = 1, 2
print(d)
(a,) = [9]
print(a)
