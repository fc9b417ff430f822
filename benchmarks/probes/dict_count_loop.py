words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
ws = []
seed = 7
for i in range(120000):
    seed = (seed * 69069 + 1) % 4294967296
    ws.append(words[seed % 10] + str(seed % 50))
def run():
    counts = {}
    for word in ws:
        counts[word] = counts.get(word, 0) + 1
    return len(counts)
