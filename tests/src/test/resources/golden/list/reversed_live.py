# cpython-agrees
# reversed(list) reads the list as it is at each step, as CPython's list_reverseiterator does.
xs = [1, 2, 3]
r = reversed(xs)
xs[0] = 9
print(list(r))
xs = [1, 2, 3, 4]
r = reversed(xs)
print(next(r))
xs.pop(); xs.pop()
print(list(r), list(r))
xs = [1, 2]
r = reversed(xs)
xs.append(3)
print(list(r))
print(list(reversed([])), type(reversed([1])).__name__, [x * 2 for x in reversed([1, 2, 3])])
for x in reversed(["a", "b"]):
    print(x)
