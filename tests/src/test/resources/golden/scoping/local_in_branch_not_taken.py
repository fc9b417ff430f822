def f(flag):
    if flag:
        v = 1
    return v
print(f(1))
f(0)
