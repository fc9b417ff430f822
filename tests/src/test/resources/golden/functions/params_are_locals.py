# cpython-agrees
x = 100
def shadow(x):
    x = x + 1
    return x
print(shadow(42), x)
