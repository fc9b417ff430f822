# cpython-agrees
# replace with a search string of two or more characters (or one character for several): counts, growth, shrinking, non-Latin text, argument errors.
s = "w1+w22+w1w1+x"
for args in [("w1", "W"), ("w1", ""), ("w1", "LONGER"), ("+", "--"), ("+", ""), ("w1", "W", 1), ("w1", "W", 0), ("w1", "W", -1), ("zz", "Q"), ("w1w1+x", "!"), ("w1+w22+w1w1+xy", "no"), ("é", "e"), ("w", "ü"), ("1", "😀")]:
    print(args, repr(s.replace(*args)))
u = "日本語😀日本"
print(u.replace("日本", "X"), u.replace("😀", "ab"), u.replace("本", "😀😀", 1), "aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("".replace("ab", "c"), "a".replace("ab", "c"), "ab".replace("ab", "c"))
for bad in [lambda: s.replace(1, "x"), lambda: s.replace("w", 2), lambda: s.replace("w1", "x", "y"), lambda: s.replace("w1", "x", 1.5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
latin = "café+crème+café"
print(latin.replace("é+", "ÿÿ"), latin.replace("café", "tea"), latin.replace("crème", ""), latin.replace("+", "++"), latin.replace("x", "yy"))
print("aaa".replace("a", "bb"), "abcabc".replace("bc", "BC"), "abab".replace("ab", "ab"), "".replace("", "x"), "ab".replace("", "-"))
