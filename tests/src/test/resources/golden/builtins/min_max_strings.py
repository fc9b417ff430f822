# cpython-agrees
print(min("bca"), max("bca"), min("b", "a", "c"), max("apple", "banana"), max("a", "ab"))
