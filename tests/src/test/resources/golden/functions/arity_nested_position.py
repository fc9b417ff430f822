def add(a, b):
    return a + b
x = 1 + add(1)
