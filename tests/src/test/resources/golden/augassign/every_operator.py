# cpython-agrees
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 5
print(x)
x **= 3
print(x)
x *= x + 1
print(x)
