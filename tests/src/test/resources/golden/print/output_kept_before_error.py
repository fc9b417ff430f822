def inner(x):
    print("inner", x)
    return x // 0
def outer():
    print("outer")
    return inner(3)
outer()
