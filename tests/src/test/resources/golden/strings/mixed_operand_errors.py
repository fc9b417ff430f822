# Hand-written expectation: Full fixes the words for str with int, str or None ("unsupported operand
# type(s)" and "Cannot perform binary operation on None", where CPython says "can only concatenate" and
# "can't multiply sequence"); with a Data-layer operand (float, list, dict) the words are CPython's.
for a, b in [("a", 1.5), ("a", [1]), ("a", 1), ("a", "b"), ([1], "a"), ((1,), 2), ("a", None), (1.5, "a"), ("a", {1: 2})]:
    try:
        print(repr(a + b))
    except TypeError as e:
        print("+", e)
    try:
        print(repr(a * b))
    except TypeError as e:
        print("*", e)
