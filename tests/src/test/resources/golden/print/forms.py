# cpython-agrees
print()
print(1)
print(1, 2, 3)
print("a", "b")
print(None)
print(True, False)
print("")
print(-5, 0, "x y")
