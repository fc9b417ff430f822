# cpython-agrees
print("abc" < "abd", "a" < "B", "" < "a", "Z" < "a", "apple" == "apple", "b" > "abc", "é" > "z")
