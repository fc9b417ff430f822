# cpython-agrees
def f():
    print("f")
    return 1
print(0 and f())
print(1 or f())
print(1 and f())
print(0 or f())
def boom():
    return 1 // 0
print(False and boom(), True or boom())
