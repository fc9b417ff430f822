# cpython-agrees
x = 1
def f():
    x = 2
    return x
print(f(), x)
