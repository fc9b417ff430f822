def greet():
    print(42)
    return 100
greet()
