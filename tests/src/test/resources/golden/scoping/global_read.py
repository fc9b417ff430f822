# cpython-agrees
x = 10
y = 20
def add_globals():
    return x + y
print(add_globals())
