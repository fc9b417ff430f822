# cpython-agrees
def f():
    global g
    g = 5
f()
print(g)
