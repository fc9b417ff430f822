# cpython-agrees
# in on values that are not containers, and unhashable values tested against a dict or set.
for f in [lambda: 1 in 5, lambda: 1 in "abc", lambda: [1] in {1: 2}, lambda: [1] in {1}, lambda: 1 in None]:
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
