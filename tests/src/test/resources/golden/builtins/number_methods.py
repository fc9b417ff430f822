# cpython-agrees
# int.bit_length and float.is_integer; range's start, stop and step; StopIteration's value.
for n in (0, 1, 255, 256, -256, 2 ** 62, -9223372036854775807 - 1):
    print(n, n.bit_length())
print(True.bit_length(), False.bit_length())
for x in (2.0, 2.5, -0.0, 1e300, float("inf"), float("nan")):
    print(x, x.is_integer())
r = range(2, 10, 3)
print(r.start, r.stop, r.step, range(5).start, range(5).step, range(9, 0, -2).stop)
try:
    raise StopIteration
except StopIteration as e:
    print(repr(e.value))
try:
    raise StopIteration(7, 8)
except StopIteration as e:
    print(e.value, e.args)
try:
    print(ValueError("v").value)
except AttributeError as e:
    print("AttributeError", e)
