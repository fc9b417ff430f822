# Hand-written expectation: the first line of an uncaught error is PyRust's. PyRust has no bytes, so
# str(x, encoding) has nothing to decode; like CPython it checks the encoding's type first.
str(1, 2)
