# cpython-agrees
def a():
    return b() + 1
def b():
    return 41
print(a())
