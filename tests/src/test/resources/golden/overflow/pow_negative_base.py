b = -2
print(b ** 63)
b ** 64
