x = None
x * 2
