# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <Class>: <str>"
# (LANGUAGE.md, Data, "Uncaught exceptions"), positioned where it was raised; CPython prints a traceback.
def check(size):
    if size > 10:
        raise ValueError("bad size")
    return size
print(check(5))
check(11)
