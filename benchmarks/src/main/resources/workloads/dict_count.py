# Data layer: counting the words of a 1 MB text into a dict.
def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
             "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]
    parts = []
    seed = 7
    for i in range(n):
        seed = (seed * 69069 + 1) % 4294967296
        parts.append(words[seed % 20] + str(seed % 50))
    return " ".join(parts)


def count(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


counts = count(make_text(120000))
result = len(counts) * 1000000 + max(counts.values())
