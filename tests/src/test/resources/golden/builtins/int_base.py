# cpython-agrees
# int(text, base): prefixes, base 0, underscores, Unicode digits, and every error of a base.
print(int("ff", 16), int("0x1f", 0), int("  -101 ", 2), int("z", 36), int("1_000", 10), int("0o17", 8), int("0b11", 0), int("0x_f", 16), int("٣", 10), int(" 0X1F ", 16), int("00", 0), int("5", base=10))
for args in [("12", 1), ("9", 8), ("", 10), ("0x", 16), ("1__0", 10), ("010", 0), ("f_", 16), ("_f", 16), ("Ｆ", 16), ("0b", 0), (5, 1), (5, 10), ("5", True)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for kw in [{"base": 16}, {"x": "5"}]:
    try:
        print(int(**kw))
    except TypeError as e:
        print("TypeError", e)
