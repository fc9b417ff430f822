# cpython-agrees
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print(i, j)
    i += 1
