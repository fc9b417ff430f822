while True:
    def f():
        break
    f()
