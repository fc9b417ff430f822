# cpython-agrees
# dict(...) from nothing, pairs, another dict, keyword arguments and both; dict.fromkeys is left out.
print(dict(), dict([("a", 1), ("b", 2)]), dict({"x": 1}), dict(a=1, b=2), dict({"a": 1}, b=2), dict([(1, 2)], c=3))
print(dict(zip("abc", range(3))), dict([[1, 2], "xy"]), dict(((1, "one"),)), dict(enumerate("ab")))
d = {"k": [1]}
e = dict(d)
e["k"].append(2)
e["new"] = 0
print(d, e)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print("ValueError", ex)
try:
    dict([1])
except TypeError as ex:
    print("TypeError", ex)
