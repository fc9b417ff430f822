# cpython-agrees
# & | ^ ~ << >> on ints, including negative operands (two's complement semantics).
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~0, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 & 255, -256 | 15)
print(1 << 0, 1 << 10, 3 << 4, -3 << 4, 1 << 62)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1 >> 10, -7 >> 1, 7 >> 100, -7 >> 100)
print(0b1010 & 0b0110, 0xff ^ 0x0f, 0o17 | 0o60)
print(True & False, True | False, True ^ True, ~True, True << 3, type(True & True))
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), ~1 + 1, -~5, 6 & 3 == 2)
print(9223372036854775807 & (-9223372036854775807 - 1), (-9223372036854775807 - 1) >> 63, 9223372036854775807 >> 62)
x = 5
x &= 3
print(x)
x |= 8
print(x)
x ^= 1
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
