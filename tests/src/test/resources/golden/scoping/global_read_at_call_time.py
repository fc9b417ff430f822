# cpython-agrees
def f():
    return x
x = 1
print(f())
x = 2
print(f())
