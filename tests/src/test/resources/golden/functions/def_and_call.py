# cpython-agrees
def add(a, b):
    return a + b
def add_three(a, b, c):
    return add(add(a, b), c)
def five():
    return 5
print(add(10, 20), add_three(1, 2, 3), five() + five())
