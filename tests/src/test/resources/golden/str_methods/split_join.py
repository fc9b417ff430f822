# cpython-agrees
# split rsplit join splitlines with separators, maxsplit and edge cases.
print("a b  c".split(), "  lead and trail  ".split(), "".split(), "   ".split(), "a\tb\nc\r\nd".split())
print("a,b,,c".split(","), ",".split(","), "".split(","), "abc".split("b"), "a--b--c".split("--"))
print("a b c d".split(None, 1), "a b c d".split(" ", 2), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("a b c d".rsplit(None, 1), "a,b,c".rsplit(",", 1), "  x  y  ".rsplit(), "a,b".rsplit(","), "a b c".split(maxsplit=1))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "+".join("abc"), " ".join(str(i) for i in range(3)))
print("a\nb\r\nc\rd".splitlines(), "one\n".splitlines(), "".splitlines(), "a\n\nb".splitlines(), "x\ny\n".splitlines(True))
for bad in [lambda: "".join([1, 2]), lambda: "a".split("")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
