# Hand-written: the value of a final expression statement is printed as str(result) with no newline
# (PyRust rule 5 and the Output contract); CPython prints nothing for it.
# Only the last statement counts, and only when it is an expression statement.
[1, 2]
x = 5
