# cpython-agrees
for i in range(0, 10, 3):
    print(i)
for i in range(10, 0, -3):
    print(i)
for i in range(5, 1, -1):
    print(i)
for i in range(1, 10, -1):
    print("never")
for i in range(1, 2, 5):
    print("once", i)
