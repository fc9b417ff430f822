# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <Class>: <str>"
# (LANGUAGE.md, Data, "Uncaught exceptions"), positioned where it was raised; CPython prints a traceback.
# The column of a failing attribute access is not pinned by LANGUAGE.md.
xs = []
xs.push(1)
