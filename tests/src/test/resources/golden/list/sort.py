# cpython-agrees
# sort and sorted with key= and reverse=; the sort is stable, also with reverse=True.
xs = [5, 2, 9, 1, 5, 6]
print(xs.sort(), xs)
xs.sort(reverse=True)
print(xs)
words = ["banana", "Apple", "cherry", "date", "Fig", "apple"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted([3, 1.5, True, -2]), sorted("hello"), sorted((3, 1, 2), reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3, 1, 2}), sorted([]), sorted([[2, 1], [1, 2], [1]]))
nums = [-3, 2, -1, 4]
nums.sort(key=abs)
print(nums, sorted(nums, key=abs, reverse=True), sorted(nums, key=None))
xs = [1, 2, 3]
ys = sorted(xs, reverse=True)
print(xs, ys)
