# cpython-agrees
# Generator expressions compute their elements one at a time, when asked: side effects interleave with
# the consumer, infinite and huge iterables are fine, an exhausted or failed generator stays finished.

log = []


def noisy(i):
    log.append(i)
    return i * i


g = (noisy(i) for i in range(4))
print("made", type(g).__name__, log)
print(next(g), log)
for v in g:
    print("got", v, log)
print(list(g), next(g, "finished"))

huge = (x * x for x in range(10**15))
print(next(huge), next(huge), next(huge))
print(any(x > 5 for x in range(10**15)), all(x < 3 for x in range(10**15)))
print(sum(x for x in range(1000) if x % 3 == 0))
print(next(w for w in "alpha beta gamma".split() if w.startswith("g")))
print(max((len(w), w) for w in "a bb ccc dd".split()))
print(", ".join(str(n) for n in range(5)))
print(sorted(k * 2 for k in (3, 1, 2)))
print(dict((k, v) for k, v in zip("abc", range(3))), tuple(x for x in "xyz"))

# Several for clauses and conditions: each level resumes where it stopped.
print(list((a, b) for a in range(4) for b in range(a) if (a + b) % 2 == 1))
print(list((i, j, k) for i in range(3) if i for j in range(i) for k in "pq" if k != "q" or j))
print(list(x for x in [] for y in range(3)), list(x for x in range(3) for y in []))

# The first iterable is taken at once, the others and the element when the step needs them.
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
g = (y for x in [1, 2] for y in x)
try:
    next(g)
except TypeError as e:
    print("TypeError at the first step:", e)
print(next(g, "finished after the error"))

x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))

src = [1, 2, 3]
g = (v * 10 for v in src)
src.append(4)
print(list(g))

it = iter([1, 2, 3, 4, 5])
g = (v for v in it)
print(next(g), next(it), next(g), list(it), list(g))


def failing(v):
    if v == 2:
        raise ValueError("bad element %d" % v)
    return v


g = (failing(v) for v in range(5))
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "finished after the error"))

g = (next(g) for _ in [1])
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

print([list(y for y in range(n)) for n in range(4)])
print(list(list(y * n for y in range(n)) for n in range(4)))
