# cpython-agrees
x = 1
if x:
    print("crlf")

print(x + 1)
