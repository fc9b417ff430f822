# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <Class>: <str>"
# (LANGUAGE.md, Data, "Uncaught exceptions"), positioned where it was raised; CPython prints a traceback.
# The finally block runs, and its output is kept, before the exception ends the program.
try:
    print("body")
    raise ValueError("v")
finally:
    print("cleanup")
