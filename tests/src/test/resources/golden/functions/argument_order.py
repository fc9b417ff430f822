# cpython-agrees
def p(x):
    print("arg", x)
    return x
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(p(1), p(2), p(3)))
