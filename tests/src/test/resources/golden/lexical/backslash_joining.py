# cpython-agrees
x = 1 + \
    2
if x == 3 and \
   x > 0:
    print("joined", x)
