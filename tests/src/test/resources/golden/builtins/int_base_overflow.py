# Hand-written expectation: PyRust's ints are 64-bit, so a literal beyond them in any base is an
# OverflowError (CPython would return a big int); the message names the text and the base.
try:
    int("-8000000000000000", 16)
    print("the smallest int fits")
    int("8000000000000000", 16)
except OverflowError as e:
    print(e)
int("1" * 64, 0b10)
