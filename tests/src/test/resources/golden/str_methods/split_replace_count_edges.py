# cpython-agrees
# split, join, replace and count at their edges: empty strings and separators, maxsplit, counts, bounds, astral characters.
s = "a b  c\td\n"
print(s.split(), s.split(None, 1), s.split(" "), s.split(" ", 2), "".split(), "  ".split(), "x".split("x"))
print("-".join([]), "-".join(["a"]), "-".join("abc"), "".join(["x", "y"]))
print("aaa".replace("a", "bb"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("z", "y"), "abc".replace("b", ""))
print("aaaa".count("aa"), "abc".count(""), "abcabc".count("bc", 2), "abcabc".count("bc", -2), "abc".count("", 5))
print("😀a😀b".split("a"), "😀a😀b".replace("😀", "x"), "😀😀".count("😀"), "é😀".join(["1", "2"]))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
