# cpython-agrees
# Builtins with keyword parameters word their arity errors as CPython's keyword-aware parser does.
for bad in (lambda: [3, 1].sort(1), lambda: [3, 1].sort(1, 2), lambda: sorted(), lambda: sorted([1], 2),
            lambda: sorted([1], 2, 3), lambda: [].copy(1), lambda: len()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(sorted([3, 1], reverse=True), sorted("ba", key=None))
