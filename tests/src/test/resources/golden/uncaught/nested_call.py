# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <Class>: <str>"
# (LANGUAGE.md, Data, "Uncaught exceptions"), positioned where it was raised; CPython prints a traceback.
# The position is the raise in the innermost function, not the outer call.
def inner():
    raise TypeError("deep")
def outer():
    inner()
outer()
