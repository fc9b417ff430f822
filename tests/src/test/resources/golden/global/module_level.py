# cpython-agrees
global x
x = 3
print(x)
