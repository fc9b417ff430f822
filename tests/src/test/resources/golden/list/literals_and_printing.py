# cpython-agrees
# List displays, printing (str of a list uses repr of its items), list(), len, truthiness.
print([], [1], [1, 2, 3], [1, "a", 2.5, None, True, [2, [3]]], ["it's", 'say "hi"'])
print(str([1, "x"]), repr([1, "x"]), len([]), len([1, [2, 3]]), [1, 2,])
print(list(), list("abc"), list((1, 2)), list(range(4)), list({1: "a", 2: "b"}), list([5, 6]))
print(bool([]), bool([0]), not [], [] or "empty", [1] and "full")
print(type([]), [[]] * 2, [x for x in []])
a = [1, 2]
a.append(a)
print(a, len(a))
