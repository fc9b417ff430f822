# Data layer: a list comprehension building 10^5 tuples, then unpacked in a loop.
def run(n):
    pairs = [(i, i * 2) for i in range(n) if i % 7 != 3]
    total = 0
    for a, b in pairs:
        total += a + b
    return total + len(pairs)


result = run(100000)
