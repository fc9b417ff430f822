# cpython-agrees
# Unpacking the wrong number of values is a ValueError; a non-iterable is a TypeError.
def attempt(f):
    try:
        f()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = (1, 2)
def starred_too_few():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def nested():
    (a, b), c = (1, 2), 3
def nested_bad():
    (a, b), c = 1, 2
attempt(too_many)
attempt(too_few)
attempt(starred_too_few)
attempt(not_iterable)
attempt(nested)
attempt(nested_bad)
