# cpython-agrees
x = print("a")
print(x)
p = print
p("alias", 1)
