# Data layer: a for loop summing a list of 10^6 ints (the list is built by list(range(...)) each run).
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


xs = list(range(1000000))
result = total(xs)
