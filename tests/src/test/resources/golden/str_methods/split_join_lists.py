# cpython-agrees
# split() on every kind of whitespace (and on text without any), join of lists of strings and of what is not.
cases = ["", " ", "a", " a ", "a b", "  a  b  c  ", "\t\na\x0bb\x0cc\rd\x1ce\x1df\x1eg\x1fh i\x85j\xa0k\u1680l\u2000m\u200an\u2028o\u2029p\u202fq\u205fr\u3000s",
         "x\u200by", "é à  ü", "日本 語\u3000テキスト", "😀 😃\t😄", "a\ud800 b", "\x00 \x08\x0e", "one" * 100 + " " + "two" * 50]
for c in cases:
    print(repr(c.split()), len(c.split()))
    print(repr(c.split(None)), repr(c.split(None, 1)), repr(c.split(maxsplit=0)))
print(" ".join([]), "-".join(["a"]), "-".join(["a", "b", "c"]), repr("".join(["x", "", "y"])), "é".join(["日", "😀", "a"]))
xs = ["a", "b"]
print(" ".join(xs) is not None, "-".join(xs))
for bad in ([1, 2], ["a", 1], ["a", None], [1.5], [[]]):
    try:
        print(",".join(bad))
    except TypeError as e:
        print("TypeError", e)
one = "solo"
print(",".join([one]) is one)
words = "the quick brown fox".split()
words.append(3)
print(words)
e = "   ".split()
e.append(1)
print(e, "".split() == [])
