# cpython-agrees
def counter(n):
    def peek():
        return n
    n += 5
    return peek() + n
print(counter(1))
