# Hand-written: the value of a final expression statement is printed as str(result) with no newline
# (PyRust rule 5 and the Output contract); CPython prints nothing for it.
xs = [1, 2]
xs + [3, "a"]
