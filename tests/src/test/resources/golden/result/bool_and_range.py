# Hand-written: the value of a final expression statement is printed as str(result) with no newline
# (PyRust rule 5 and the Output contract); CPython prints nothing for it.
print(range(3))
range(3)
