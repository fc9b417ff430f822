# cpython-agrees
# round divmod pow abs hex oct bin ord chr, on ints and floats. (An int to a negative int power is the
# Full-layer error "Negative exponent not supported", see uncaught/negative_exponent.py.)
print(pow(2, 10), pow(2.0, -1), pow(2.0, 3), pow(3, 4, 5), pow(-2, 3), pow(0, 0), pow(7, 0, 1), 2 ** -2.0, pow(4, 0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
print(abs(-5), abs(5), abs(-0.5), abs(True), abs(-9223372036854775807))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(9223372036854775807))
print(ord("a"), ord("é"), ord("😀"), ord("\n"), chr(97), chr(233), chr(128512), repr(chr(0)), chr(ord("a") + 1))
print(round(2.5), round(3.5), round(-2.5), round(0.1 + 0.2, 1), round(10), round(2.567, 2))
for bad in [lambda: ord("ab"), lambda: ord(""), lambda: chr(-1), lambda: chr(1114112), lambda: hex(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("divmod(1, 0): ZeroDivisionError")
