# Hand-written expectation: int() takes one argument in PyRust until the Data layer brings bases,
# and the message counts arguments as CPython's builtins of one optional argument do.
print("before")
int(1, 2)
