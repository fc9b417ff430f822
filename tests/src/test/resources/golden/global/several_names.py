# cpython-agrees
a = 1
b = 2
def swap():
    global a, b
    t = a
    a = b
    b = t
swap()
print(a, b)
