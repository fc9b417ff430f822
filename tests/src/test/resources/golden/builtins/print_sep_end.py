# cpython-agrees
# print with sep= and end= (None means the default), no arguments, and str() of each argument.
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" -- continued")
print("x", "y", sep="\n", end="!\n")
print(sep="-")
print(end="")
print(1, 2, sep=None, end=None)
print("a", [1, "b"], (2,), {"k": 1.5}, None, True, sep=" | ")
print(*range(5), sep="")
print()
print("last", end="\n\n")
