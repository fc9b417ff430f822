# cpython-agrees
for i in range(6):
    if i % 3 == 0:
        continue
    print(i)
for i in range(100):
    if i == 3:
        break
print(i)
def f():
    total = 0
    for i in range(10, 0, -1):
        if i % 2:
            continue
        total += i
    return total
print(f())
