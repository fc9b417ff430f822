# Hand-written expectation: str() takes one argument in PyRust until the Data layer brings encodings,
# and the message counts arguments as CPython's builtins of one optional argument do.
str(1, 2)
