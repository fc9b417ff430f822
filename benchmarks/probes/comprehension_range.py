def run():
    pairs = [i for i in range(100000)]
    return len(pairs)
