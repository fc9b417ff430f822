# cpython-agrees
while False:
    print("never")
while 0:
    print("never")
print("after")
