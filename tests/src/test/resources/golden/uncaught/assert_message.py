# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <Class>: <str>"
# (LANGUAGE.md, Data, "Uncaught exceptions"), positioned where it was raised; CPython prints a traceback.
assert 1 + 1 == 2, "fine"
assert 1 + 1 == 3, "math is broken"
