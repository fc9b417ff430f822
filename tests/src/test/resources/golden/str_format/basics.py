# cpython-agrees
# str.format: automatic and explicit field numbers, keywords, indexing, conversions and format specs.
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{name}!".format(name="Bo"), "{0[1]} {d[k]}".format([7, 8], d={"k": "v"}))
print("{!r} {!s}".format("x", "y"), "{:>6}|{:<6}|{:^6}".format("a", "b", "c"), "{:08.3f}".format(3.14159), "{:,}".format(1234567))
print("{{}} {{{}}}".format(5), "{:x} {:#b} {:o}".format(255, 5, 8), "{:+d} {: d}".format(3, 3), "{:.2%}".format(0.256))
print("{0:{1}}|".format("w", 4), "{:{fill}^{width}}".format("m", fill="*", width=7), "{:.{p}f}".format(2.71828, p=2))
print("{} {}".format([1], (2,)), "{}".format(None), "{:e}".format(1500.0), "{:g}".format(0.0001), "{:c}".format(97))
fmt = "{:>4}".format
print([fmt(i) for i in range(3)])
for bad in [lambda: "{} {}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{x}".format(y=1), lambda: "{:d}".format("s")]:
    try:
        bad()
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
