# Data layer: split, join and replace over 10^5 words.
def run(n):
    words = []
    for i in range(n):
        words.append("w" + str(i % 977))
    text = " ".join(words)
    parts = text.split()
    joined = "-".join(parts)
    replaced = joined.replace("-", "+").replace("w1", "W")
    return len(parts) + len(replaced) + replaced.count("W")


result = run(100000)
