# cpython-agrees
# sort() of lists of ints and of floats (sorted in their primitive storage), with reverse, and the
# cases that must keep the stable order of equal values: 0.0 and -0.0, 1 and 1.0 and True.
xs = [5, -3, 9, 0, 9, -3, 2**62, -2**62 - 2**62]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
fs = [2.5, -1.0, 0.0, -0.0, 0.0, 1e300, -1e-300, float("inf"), float("-inf")]
fs.sort()
print(fs)
fs.sort(reverse=True)
print(fs)
zs = [-0.0, 0.0, -0.0]
zs.sort()
print(zs)
zs.sort(reverse=True)
print(zs)
mixed = [1.0, True, 1, 0, 0.0, False]
mixed.sort()
print(mixed)
mixed.sort(reverse=True)
print(mixed)
nan = float("nan")
withnan = [3.0, nan, 1.0]
withnan.sort()
print(withnan)
empty = []
empty.sort(reverse=True)
print(empty, sorted([3, 1, 2]), sorted([0.5, -0.5], reverse=True))
