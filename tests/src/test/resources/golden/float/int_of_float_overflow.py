# Hand-written: int() of a float beyond the 64-bit range is an OverflowError in PyRust (CPython would
# return a big int), like int(float('inf')), which is an OverflowError in both with the same message.
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float('-inf'))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(1e19)
    print("no error")
except OverflowError:
    print("OverflowError for 1e19")
try:
    int(9223372036854775808.0)
    print("no error")
except OverflowError:
    print("OverflowError for 2**63 as a float")
print(int(-9223372036854775808.0))
try:
    int(-1e300)
except ArithmeticError:
    print("caught as ArithmeticError")
