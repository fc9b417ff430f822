# Hand-written expectation: the error is uncaught, so PyRust's first line (kind, position, message);
# the message counts arguments as CPython's does for int's two parameters.
print("before")
int("1", 2, 3)
