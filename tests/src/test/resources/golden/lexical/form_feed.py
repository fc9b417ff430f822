# cpython-agrees
x =1
print(x)
