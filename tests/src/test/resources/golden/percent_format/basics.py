# cpython-agrees
# printf-style formatting with %: conversions, flags, width, precision, tuples and dicts.
print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%s" % [1, 2], "%s" % (1,), "%%d" % (), "100%%" % ())
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%.2f|%8.3f|%-8.1f|%e|%.3E|%g|%G" % (3.14159, 2.5, 2.5, 12345.678, 0.000123, 1e-5, 1e20))
print("%s|%10s|%-10s|%.2s" % ("abc", "abc", "abc", "abc"), "%c%c" % (72, "i"), "%i" % 7, "%d" % 3.99, "%d" % True)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%*d|%-*d" % (5, 1, 4, 2), "%.*f" % (2, 1.23456))
print("%s" % None, "%s %s" % (1.5, True), "%r %r" % ("it's", 1.0), "%5.1f%%" % 99.5)
for bad in [lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%d" % "x", lambda: "%z" % 1, lambda: "%(k)s" % {}]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
