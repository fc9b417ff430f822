# cpython-agrees
# Indexing with positive and negative indices, item assignment, IndexError.
xs = [10, 20, 30, 40]
print(xs[0], xs[3], xs[-1], xs[-4], xs[True], xs[-True])
xs[0] = 11
xs[-1] = 44
print(xs)
for i in [4, -5, 100]:
    try:
        xs[i]
    except IndexError as e:
        print("IndexError", e)
try:
    xs[4] = 1
except IndexError as e:
    print("IndexError", e)
try:
    xs["a"]
except TypeError as e:
    print("TypeError", e)
try:
    xs[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    [][0]
except LookupError as e:
    print(type(e).__name__, e)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, m[-1][-1])
