# cpython-agrees
# range is a value: repr, len, indexing, slicing, in, iteration, ==, list().
r = range(10)
print(r, range(2, 5), range(0, 10, 3), range(5, 0, -1), repr(range(0)), type(r))
print(len(r), len(range(2, 5)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(5, 5)), len(range(5, 0)), len(range(-5)))
print(r[0], r[-1], r[3], range(0, 10, 3)[-1], range(5, 0, -2)[1])
print(r[2:5], r[::-1], r[::2], list(r[1:8:3]), list(range(5, 0, -2)))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 3), 9 in range(0, 10, 3), 3.0 in r, "a" in r)
print(list(range(3)), tuple(range(1, 4)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(0, 3) == range(3), range(0) == range(5, 5), range(0, 4, 2) == range(0, 3, 2), range(3) == [0, 1, 2])
print(r.index(4), r.count(4), range(-3, 3)[0], list(range(-3, 3)))
x = range(3)
print([i * 2 for i in x], [i for i in x], bool(range(0)), bool(range(1)))
try:
    r[10]
except IndexError as e:
    print("IndexError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
