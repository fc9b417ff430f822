# cpython-agrees
# a = b = value binds every target to the same object, left to right.
a = b = 0
print(a, b)
x = y = []
x.append(1)
print(x, y, x is y)
i = xs = None
xs = [0, 0, 0]
i = xs[i] = 1 if False else 2
print(i, xs)
p, q = r = (1, 2)
print(p, q, r)
d = {}
d["a"] = d["b"] = "v"
print(d)
m = n = o = "s"
print(m + n + o)
