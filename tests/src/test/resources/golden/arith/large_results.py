# cpython-agrees
def f(a, b):
    return a * b + 1795236218276660638
print(f(5, 5), 999999 * 1000000)
