# cpython-agrees
print("a" < "b" < "c", min("b", "a", "c"), max("apple", "banana"))
