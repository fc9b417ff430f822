# cpython-agrees
# sum any all sorted reversed enumerate zip map filter iter next, and what they return.
print(sum([1, 2, 3]), sum([]), sum([0.5, 0.25]), sum(range(5), 10), sum([[1], [2]], []), sum([True, True]))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]), any(x > 2 for x in [1, 3]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(enumerate("ab")), list(enumerate(["x", "y"], 10)), list(enumerate([], start=5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(3), "xyz")))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v % 2, range(7))))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"), next(iter(""), "empty"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
m = map(lambda v: v * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", [1, 2])
print(dict(z), list(z))
d = {"a": 1, "b": 2}
print(list(reversed(list(d))), sorted(d.items(), reverse=True), list(iter(d)), list(enumerate(d)))
