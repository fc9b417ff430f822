# cpython-agrees
x = 5
if x > 0:
    if x > 3:
        print("a")
    else:
        print("b")
else:
    print("c")
