# cpython-agrees
# Strings: indexing (negative too), slicing, iteration, in, len over code points; immutability.
s = "héllo, wörld"
print(s[0], s[1], s[-1], s[-5], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[100:], len(s))
for ch in "aé€😀":
    print(ch, ord(ch), len(ch))
print("é" in s, "wör" in s, "x" not in s, "😀"[0], len("😀x"), "ab"[-2])
try:
    "abc"[3]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError", e)
print(list("abc"), "".join(reversed("abc")), "abc" * 2, "-" * 0, "a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc")
