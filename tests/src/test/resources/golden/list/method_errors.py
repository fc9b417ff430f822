# cpython-agrees
# The errors of list methods, with CPython's messages.
def attempt(f):
    try:
        print(f())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1, 2].remove(3))
attempt(lambda: [1, 2].index(3))
attempt(lambda: [1, 2, 3].index(1, 1))
attempt(lambda: [].extend(5))
attempt(lambda: [3, "a"].sort())
