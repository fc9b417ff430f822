# cpython-agrees
# Slice assignment (growing and shrinking, extended slices) and del of items and slices.
xs = list(range(10))
xs[2:4] = ["a", "b", "c"]
print(xs)
xs[:3] = []
print(xs)
xs[1:1] = [100, 200]
print(xs)
xs[-2:] = "xy"
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
xs[100:] = [7]
print(xs)
ys = [1, 2, 3]
ys[:] = ys + ys
print(ys)
try:
    ys[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    ys[0:1] = 5
except TypeError as e:
    print("TypeError", e)
zs = list(range(10))
del zs[0]
print(zs)
del zs[-1]
print(zs)
del zs[2:4]
print(zs)
del zs[::2]
print(zs)
del zs[:]
print(zs)
try:
    del zs[0]
except IndexError as e:
    print("IndexError", e)
a = [1, 2, 3]
b = a
a[:] = [9]
print(a, b, a is b)
