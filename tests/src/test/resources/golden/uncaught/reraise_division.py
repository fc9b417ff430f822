# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <Class>: <str>"
# (LANGUAGE.md, Data, "Uncaught exceptions"), positioned where it was raised; CPython prints a traceback.
# A re-raised PyRust runtime error keeps its Core message; whether the position is the division or the
# bare raise, and whether the class name is prefixed, is not pinned by LANGUAGE.md: both are wildcards.
try:
    x = 1 / 0
except ZeroDivisionError:
    print("caught, re-raising")
    raise
