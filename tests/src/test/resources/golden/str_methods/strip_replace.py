# cpython-agrees
# strip lstrip rstrip (with and without chars), replace (with count), zfill center ljust rjust.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("".strip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."), "path///".rstrip("/"), "aaa".strip("a") == "")
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "aaa".replace("aa", "b"), "abc".replace("b", ""))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("ab".center(6)), repr("ab".center(5)), repr("abc".center(6, "*")), repr("ab".center(1)), repr("a".center(4, "-")))
print(repr("ab".ljust(5)), repr("ab".rjust(5)), repr("ab".ljust(5, ".")), repr("ab".rjust(5, "0")), repr("abcdef".ljust(3)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
