# cpython-agrees
x = (1 +
     2)
print(x, max(3,
             4,

             5))
def f(a,
      b):
    return a - b
print(f(10,
        3))
