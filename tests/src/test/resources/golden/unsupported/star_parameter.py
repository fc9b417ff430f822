def f(*a):
    return 1
