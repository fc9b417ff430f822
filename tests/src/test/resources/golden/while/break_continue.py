# cpython-agrees
i = 0
while True:
    i = i + 1
    if i == 7:
        break
print(i)
i = 0
s = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    s += i
print(s)
