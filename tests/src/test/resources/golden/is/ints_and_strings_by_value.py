x = 1000
y = 999 + 1
print(x is y, "ab" is "a" + "b", x is not y)
print(True is 1, 1 is True, 0 is not False)
