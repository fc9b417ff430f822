for c in "abc":
    print(c)
