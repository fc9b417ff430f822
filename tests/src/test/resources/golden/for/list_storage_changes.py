# cpython-agrees
# for over a list whose storage changes while it runs (ints, then a float, then a string appended),
# over lists that shrink or grow, a range held in a variable, tuples unpacked, and for/else after each.
def walk(xs):
    seen = []
    for x in xs:
        seen.append(x)
        if len(xs) < 6:
            xs.append(1.5 if len(xs) == 3 else "s")
    else:
        seen.append("done")
    return seen


print(walk([1, 2, 3]))
print(walk([1.0, 2.0]))
print(walk([]))

ys = [1, 2, 3, 4, 5]
for y in ys:
    if y == 2:
        ys.pop()
    print(y, end=" ")
print(ys)

zs = [10, 20]
it = iter(zs)
for z in it:
    print("z", z)
zs.append(30)
print(list(it))

r = range(2, 20, 5)
total = 0
for i in r:
    total += i
for i in r:
    if i > 10:
        break
    total += i
else:
    total = -1
print(total, i)

pairs = [(1, 2), (3, 4), [5, 6]]
for a, b in pairs:
    print(a * b, end=" ")
print()
for a, (b, c) in [(1, (2, 3)), (4, "xy")]:
    print(a, b, c)
try:
    for a, b in [(1, 2), (1, 2, 3)]:
        pass
except ValueError as e:
    print(e)
floats = [0.5, 1.5, 2.5]
s = 0
for f in floats:
    s += f
print(s)
nested = [[1, 2], [3], []]
flat = []
for row in nested:
    for v in row:
        flat.append(v)
print(flat)
