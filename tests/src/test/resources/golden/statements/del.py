# cpython-agrees
# del of names, list items and slices, dict keys, several targets; a deleted name is unbound.
x = 1
y = [0, 1, 2, 3, 4]
d = {"a": 1, "b": 2, "c": 3}
del x
try:
    print(x)
except NameError:
    print("x is gone")
del y[0], d["a"]
print(y, d)
del y[-1], y[1:2]
print(y)
a = b = [1]
del a
print(b)
def local():
    z = 5
    del z
    try:
        return z
    except UnboundLocalError:
        return "z is unbound"
print(local())
p, q = 1, 2
del (p, q)
try:
    p
except NameError:
    print("p is gone")
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
