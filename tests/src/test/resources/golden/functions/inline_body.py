# cpython-agrees
def f(x): return x * 2
def g(): x = 1; y = 2; return x + y
print(f(4), g())
