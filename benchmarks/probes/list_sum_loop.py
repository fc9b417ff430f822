xs = list(range(1000000))
def run():
    s = 0
    for x in xs:
        s += x
    return s
