# cpython-agrees
def f():
    return 1
print(f())
def f():
    return 2
print(f())
