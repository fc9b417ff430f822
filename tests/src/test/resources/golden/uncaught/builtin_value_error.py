# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <message>"
# (LANGUAGE.md, Data, "Uncaught exceptions"), positioned where it was raised; CPython prints a traceback.
# Full names int()'s error only as "invalid literal", not its words, so the message is "<Class>: <str(exc)>"
# as for every Data error; a builtin's error is positioned at the call's callee.
x = int("abc")
