# cpython-agrees
# Invalid format specs are ValueErrors raised when the f-string is evaluated.
def attempt(f):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
attempt(lambda: f"{'abc':d}")
attempt(lambda: f"{1.5:d}")
attempt(lambda: f"{1:s}")
attempt(lambda: f"{'a':,}")
attempt(lambda: f"{[1]:>5}")
attempt(lambda: f"{None:>5}")
attempt(lambda: f"{1.5:x}")
