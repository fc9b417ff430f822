def f():
    return 1
print(str(f) + "!", len(str(f)))
