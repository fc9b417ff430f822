def run():
    pairs = [(i, i * 2) for i in range(100000) if i % 7 != 3]
    return len(pairs)
