# cpython-agrees
def f():
    return 1
print(1 == "1", 1 == True, 0 == False, None == 0, "" == False, 2 == True, f == f, f != 1)
