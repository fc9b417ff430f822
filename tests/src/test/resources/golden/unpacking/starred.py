# cpython-agrees
# One starred target collects the rest into a list (possibly empty).
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "abcd"
print(init, last)
first, *mid, end = range(5)
print(first, mid, end)
x, *y = (1,)
print(x, y)
*z, = (1, 2)
print(z)
a, *b, c = 1, 2
print(a, b, c)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for head, *tail in [(1, 2, 3), (4,), "xyz"]:
    print(head, tail)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *(7, 8)], (*[1], 2), {*[1, 1, 2]}, {**{"a": 1}, "b": 2})
