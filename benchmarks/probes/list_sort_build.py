def run():
    xs = []
    seed = 12345
    for i in range(100000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        xs.append(seed % 1000000)
    return len(xs)
