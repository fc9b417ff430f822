def f(x):
    return x + 1
g = f
print(g(1))
print(f)
print(g)
f
