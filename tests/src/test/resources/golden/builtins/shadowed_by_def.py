# cpython-agrees
def len(s):
    return 42
print(len("abc"))
