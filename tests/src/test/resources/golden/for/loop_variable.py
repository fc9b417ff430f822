# cpython-agrees
for i in range(3):
    i = i * 10
    print(i)
print(i)
n = 3
for k in range(n):
    n = n + 1
print(k, n)
