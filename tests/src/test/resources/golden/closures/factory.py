# cpython-agrees
def mul(n):
    def f(x):
        return x * n
    return f
double = mul(2)
triple = mul(3)
print(double(5), triple(5), double(triple(7)))
