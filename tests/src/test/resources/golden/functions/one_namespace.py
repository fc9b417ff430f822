def f():
    return 1
f = 5
print(f)
print(f())
