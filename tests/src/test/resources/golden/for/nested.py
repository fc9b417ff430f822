# cpython-agrees
for i in range(3):
    for j in range(i):
        if j == 1:
            break
        print(i, j)
