# Hand-written: a left shift whose result does not fit in 64 bits is an OverflowError
# 'Integer overflow: <a> << <b>' in PyRust (CPython returns a big int).
print(1 << 62, -1 << 63, 3 << 61)
try:
    1 << 63
except OverflowError as e:
    print(e)
try:
    x = 5
    x <<= 62
except OverflowError as e:
    print(e)
try:
    -3 << 62
except OverflowError as e:
    print(e)
print(0 << 100)
y = 1 << 64
