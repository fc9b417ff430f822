# cpython-agrees
# print(file=None) is standard output; nothing the Data layer has can be written to, as CPython says for any object without write().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: print(1, file=None))
t(lambda: print(1, 2, sep="-", end="!\n", file=None, flush=True))
t(lambda: print(1, file=5))
t(lambda: print(file="x"))
t(lambda: print(1, sep=3, file=5))
