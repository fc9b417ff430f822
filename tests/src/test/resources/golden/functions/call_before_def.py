print(f())
def f():
    return 1
