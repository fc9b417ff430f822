# cpython-agrees
x = None
print(x, None == None, None is None, x is not None, None == 0, None != False)
