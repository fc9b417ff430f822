# cpython-agrees
# str.isascii and str.format_map; reversed() of dict views (3.8).
print("abc".isascii(), "".isascii(), "é".isascii(), "a\x7f".isascii())
print("{a}-{b!r:>4}".format_map({"a": 1, "b": "x"}), "{}".format_map({}) if False else "")
for bad in (lambda: "{z}".format_map({"a": 1}), lambda: "{a}".format_map(5), lambda: "{}".format_map({})):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
