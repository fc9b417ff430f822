# cpython-agrees
s = "a"
s += "b"
s *= 3
print(s)
