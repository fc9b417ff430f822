# Hand-written expectation: PyRust's strings hold at most 536,869,888 characters (docs/language.md,
# "Limits"), so a padding, a width or a precision past that is a MemoryError before any work starts;
# CPython would try to build these strings (and a few of them would fit in its memory).
def t(f):
    try:
        r = f()
        print(len(r), r[:12])
    except MemoryError as e:
        print("MemoryError", e)
t(lambda: "ab".zfill(2**40))
t(lambda: "ab".ljust(2**40))
t(lambda: "ab".rjust(2**31))
t(lambda: "ab".center(2**31 + 5, "*"))
t(lambda: "a\tb".expandtabs(2**40))
t(lambda: "-5".zfill(10**12))
t(lambda: "a\t\tb".expandtabs(2**29 - 1))
t(lambda: format(1.5, ".600000000f"))
t(lambda: "%.600000000f" % 1.5)
t(lambda: "%*d" % (2**40, 1))
t(lambda: "%600000000d" % 1)
t(lambda: format(1, "600000000"))
t(lambda: "{:>600000000}".format(1))
t(lambda: f"{1:600000000}")
t(lambda: format("abc", ".600000000"))
t(lambda: "%.600000000s" % "abc")
print("ab".zfill(5), "-7".zfill(4), "ab".ljust(4, "."), "ab".rjust(4), "ab".center(5, "*"), "a\tb".expandtabs(3), len("ab".ljust(1000)))
