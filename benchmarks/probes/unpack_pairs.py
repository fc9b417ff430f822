xs = [(i, i * 2) for i in range(100000) if i % 7 != 3]
def run():
    total = 0
    for a, b in xs:
        total += a + b
    return total
