# cpython-agrees
a = "ab"
b = a + "cd"
print(b, "" + "", "x" + "", a + a + a)
