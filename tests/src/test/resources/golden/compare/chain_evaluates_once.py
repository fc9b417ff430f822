# cpython-agrees
def f():
    print("f")
    return 2
print(1 < f() < 3)
print(3 < 2 < f())
