# cpython-agrees
for i in range(5):
    print(i)
for i in range(0):
    print("never")
for i in range(-3):
    print("never")
