def grow(x):
    return x * 1000
print(grow(9223372036854775))
print(grow(9223372036854776))
