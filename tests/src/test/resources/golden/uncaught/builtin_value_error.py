# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <message>"
# (LANGUAGE.md, Data, "Uncaught exceptions"), positioned where it was raised; CPython prints a traceback.
# int() of a non-decimal string is an error that the Full layer defines, so it keeps its bare message;
# a builtin's error is positioned at the call's callee.
x = int("abc")
