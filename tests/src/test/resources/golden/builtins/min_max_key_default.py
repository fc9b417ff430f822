# cpython-agrees
# min and max over arguments or one iterable, with key= and default=; ties keep the first.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("hello"), max({3: 0, 9: 0}), max(range(4)))
print(min([], default="empty"), max([], default=None), min([7], default=0), max("", default="-"))
words = ["bb", "a", "ccc", "dd"]
print(min(words, key=len), max(words, key=len), max(words, key=len, default=""), min("b", "A", "c", key=str.lower))
print(max([(1, "b"), (1, "a")]), max([1, 1.0]), max(1.0, 1), min([-1, 1], key=abs), max([-1, 1], key=abs))
print(max(1, 2.5), min(True, 0), max([[1, 2], [1, 3]]), max(3, 1, key=lambda v: -v))
for bad in [lambda: min([]), lambda: max(), lambda: max(1, "a"), lambda: min(5), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
