# cpython-agrees
# String methods are values; strings are never changed in place; chained calls.
s = "Hello"
up = s.upper
print(up(), s, s.lower().upper().swapcase(), " x ".strip().center(5, "*"))
t = s
t += " world"
print(s, t)
print(str.upper("abc"), str.join("-", ["a", "b"]), len(str("x")), str(), str(12), str(1.5), str(None), str([1, "a"]))
words = "the quick brown fox".split()
print([w.capitalize() for w in words], max(words, key=len), sorted(words, key=str.lower))
