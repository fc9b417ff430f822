# cpython-agrees
for i in range(2, 6):
    print(i)
for i in range(-5, -2):
    print(i)
for i in range(5, 1):
    print("never")
for i in range(True, 3):
    print("b", i)
