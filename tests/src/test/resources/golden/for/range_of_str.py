for i in range("a"):
    pass
