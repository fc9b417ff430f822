# Hand-written: the value of a final expression statement is printed as str(result) with no newline
# (PyRust rule 5 and the Output contract); CPython prints nothing for it.
# A final expression after a compound statement is still the result.
total = 0
for i in range(4):
    total += i
total * 1.5
