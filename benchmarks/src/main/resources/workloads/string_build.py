# A string building loop: 20,000 lines, each built from 20 pieces with str(), + and +=, then measured.
def build(n):
    total = 0
    for i in range(n):
        line = ""
        for j in range(20):
            line += str(i + j) + ","
        total += len(line)
    return total


result = build(20000)
