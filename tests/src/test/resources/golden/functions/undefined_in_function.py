def f():
    return helper(2)
f()
