# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <Class>: <str>"
# (LANGUAGE.md, Data, "Uncaught exceptions"), positioned where it was raised; CPython prints a traceback.
try:
    {}["k"]
except KeyError as e:
    raise RuntimeError("outer") from e
