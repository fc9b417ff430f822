# Data layer: raising and catching an exception inside a hot loop (one iteration in three raises).
def run(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError("bad")
            total += i
        except ValueError:
            caught += 1
    return caught * 1000000000 + total % 1000000000


result = run(1000000)
