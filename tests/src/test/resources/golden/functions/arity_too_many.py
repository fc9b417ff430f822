def z():
    return 0
print("ok")
z(1)
