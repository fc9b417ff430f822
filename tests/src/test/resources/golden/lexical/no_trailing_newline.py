# cpython-agrees
x = 2
print(x)