# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <Class>: <str>"
# (LANGUAGE.md, Data, "Uncaught exceptions"), positioned where it was raised; CPython prints a traceback.
# With an empty str(exc) the message is just the class name.
print("start")
raise NotImplementedError
