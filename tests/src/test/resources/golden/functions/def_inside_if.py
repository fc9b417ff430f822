# cpython-agrees
def outer(flag):
    if flag:
        def g():
            return "yes"
    else:
        def g():
            return "no"
    return g()
print(outer(1), outer(0))
