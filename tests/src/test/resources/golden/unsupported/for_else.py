for i in range(2):
    pass
else:
    print(1)
