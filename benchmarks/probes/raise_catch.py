def run():
    caught = 0
    for i in range(300000):
        try:
            if i % 3 == 0:
                raise ValueError("bad")
        except ValueError:
            caught += 1
    return caught
