x = -7
x /= 2
print(x)
x = 21
x /= 4
print(x)
