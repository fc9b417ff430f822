# Data layer: 10^5 pseudo-random ints appended to a list one by one, then sorted.
def build(n):
    xs = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        xs.append(seed % 1000000)
    return xs


xs = build(100000)
xs.sort()
result = xs[0] + xs[len(xs) // 2] * 7 + xs[-1] * 13
