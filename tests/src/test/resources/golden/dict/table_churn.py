# cpython-agrees
# A dict's order and contents through deletions, re-insertions, popitem, growth and shrinking: the
# table is rebuilt many times on the way, and every step must keep insertion order and one key per
# Python-equal value (1, 1.0 and True).
d = {}
for i in range(1000):
    d[i] = i * i
for i in range(0, 1000, 3):
    del d[i]
print(len(d), list(d)[:5], list(d.values())[-3:])
for i in range(0, 30, 3):
    d[i] = -i
print(list(d.items())[-4:], d[3], d.get(999), d.get(998, "none"))
while len(d) > 3:
    d.popitem()
print(d)
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = dict(d)
e.pop(1)
print(d, e)
words = {}
for w in ("b a c a b d a" * 50).split():
    words[w] = words.get(w, 0) + 1
print(words)
for k in list(words):
    del words[k]
    words[k + k] = 1
print(words)
churn = {}
for i in range(200):
    churn[str(i)] = i
    if i % 2:
        del churn[str(i - 1)]
print(len(churn), list(churn)[:4], "199" in churn, "198" in churn)
churn.clear()
churn["x"] = 1
print(churn, {(1, 2): "t", -1: "m", -2: "n"}[-2])
try:
    for k in words:
        words["new"] = 0
except RuntimeError as err:
    print(err)
try:
    {}[[1]] = 2
except TypeError as err:
    print(err)
