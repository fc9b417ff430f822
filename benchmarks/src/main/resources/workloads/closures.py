# A closure-heavy loop: every iteration creates a closure over two cells, calls it, and the closure
# reads a variable of its enclosing function that the loop keeps changing (late binding).
def make_counter(start):
    step = 1

    def advance(k):
        return start + k * step

    step = 2
    return advance


def run(n):
    total = 0
    offset = 0

    def shifted(x):
        return x + offset

    for i in range(n):
        f = make_counter(i)
        offset = i % 3
        total += shifted(f(3)) % 1000
    return total


result = run(1000000)
