# cpython-agrees
def find(limit):
    i = 0
    while i < limit:
        if i * i > 50:
            return i
        i += 1
    return -1
print(find(100), find(5))
