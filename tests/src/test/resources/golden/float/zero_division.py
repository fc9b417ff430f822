# cpython-agrees
# Division of floats by zero is a ZeroDivisionError (only the class is printed: the message of a
# float division by zero is not pinned by LANGUAGE.md).
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (-2.5, -0.0)]:
    for op in ["/", "//", "%"]:
        try:
            if op == "/":
                a / b
            elif op == "//":
                a // b
            else:
                a % b
            print("no error")
        except ZeroDivisionError as e:
            print(a, op, b, type(e).__name__, isinstance(e, ArithmeticError))
try:
    divmod(1.5, 0)
except ZeroDivisionError:
    print("divmod by zero")
