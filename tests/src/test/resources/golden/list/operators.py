# cpython-agrees
# + * += *= == != < <= > >= on lists (lexicographic), list * int and int * list.
a = [1, 2]
b = [3]
print(a + b, a * 3, 3 * a, a * 0, a * -1, [] * 5, [[0]] * 3)
print(a == [1, 2], a != [1, 2], a == (1, 2), [1, 2] == [1.0, 2.0], [1, [2]] == [1, [2]])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] <= [1, 2], ["b"] >= ["a", "z"])
c = a
c += [5]
print(a, c, a is c)
d = a
d = d + [6]
print(a, d, a is d)
e = [0]
f = e
e *= 3
print(f, e is f)
a += (7, 8)
a += "z"
print(a)
for bad in [lambda: [1] + (2,), lambda: [1] * 1.5, lambda: [1] < [None] if False else [1] < ["a"]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
