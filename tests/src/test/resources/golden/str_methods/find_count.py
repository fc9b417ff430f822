# cpython-agrees
# find rfind index rindex count startswith endswith, with start/end arguments and tuples of prefixes.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("bra"), s.count(""), "aaaa".count("aa"), s.count("a", 5))
print(s.startswith("abr"), s.startswith("bra"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.startswith(""))
print(s.endswith("bra"), s.endswith("abr"), s.endswith(("x", "ra")), s.endswith("cad", 0, 7), "".endswith(""))
for f in [lambda: s.index("z"), lambda: s.rindex("z")]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
