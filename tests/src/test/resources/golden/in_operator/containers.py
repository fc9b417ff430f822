# cpython-agrees
# in / not in over every container kind.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3], 2 not in (1, 2))
print("b" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc", "" in "", "abc" in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 1 in {1, 2}, 3 in frozenset([1, 2]))
print(3 in range(5), 5 in range(5), -1 in range(-5, 0), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(1.0 in [1, 2], True in [1], 1 in [True], 0 in [False], 2.5 in range(5))
print([1] in [[1], [2]], (1, 2) in [(1, 2)], (1, 2) in {(1, 2): 0}, [] in [[]])
print(None in [None], None in [0, False, ""], "x" in ["xy"], "x" in "xy")
print(not 1 in [1], (not 1) in [False])
print(1 in [1] == True, (1 in [1]) == True)
it = iter([1, 2, 3, 4])
print(2 in it, next(it), 1 in it)
