# cpython-agrees
# Bitwise operators reject floats and negative shift counts.
for f in [lambda: 1.0 & 1, lambda: 1 | 2.0, lambda: ~1.5, lambda: 1 << 1.0, lambda: "a" ^ 1]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
