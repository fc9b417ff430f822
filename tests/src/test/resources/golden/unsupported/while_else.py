while 0:
    pass
else:
    print(1)
