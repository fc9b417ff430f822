# Hand-written: an uncaught exception ends the program with the first line "RuntimeError at L:C: <Class>: <str>";
# an error the dict raises while hashing has no node of its own, so it is placed at the expression, here
# the program's last one (its result), as a statement would be.
print("before")
{1: 2, []: 3}
