# cpython-agrees
# Tuple displays (the one-element comma), printing, tuple(), indexing, slicing, len, in, iteration.
t = (1, 2, 3)
print(t, (), (1,), 1, (1), ("a",), (1, "a", None, 2.5, [1], (2,)), tuple(), tuple([1, 2]), tuple("ab"))
u = 4, 5
print(u, type(u), len(u), len(()), t[0], t[-1], t[1:], t[::-1], 2 in t, 9 not in t)
for x in t:
    print(x, end=" ")
print()
print(t + u, t * 2, 2 * (0,), () * 3, t == (1, 2, 3), t == [1, 2, 3], (1, 2) < (1, 3), (1,) < (1, 0), (2,) > (1, 9))
print(t.index(2), t.count(2), (1, 1, True, 1.0).count(1), (1, 2, 1).index(1, 1))
print(bool(()), bool((0,)), tuple(range(3)), tuple({"k": 1}), ((1, 2), (3,))[0][1])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
try:
    t[5]
except IndexError as e:
    print("IndexError", e)
try:
    t.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
v = t
v += (4,)
print(t, v, v is t)
