# cpython-agrees
# zip(strict=True) checks that the iterables end together; sum's start may be a keyword; print takes flush=.
for args in (([1, 2], [3]), ([1], [3, 4]), ([1], [2], [3, 4]), ([1, 2], [3], [4, 5]), ([1, 2], [3, 4])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
print(list(zip([1, 2], [3], strict=False)))
print(sum([1, 2], start=10), sum(range(4), 0.5), sum([[1], [2]], start=[]))
print("flushed", flush=True)
