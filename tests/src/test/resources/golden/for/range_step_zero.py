for i in range(3, 0, 0):
    print(i)
