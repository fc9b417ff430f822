# cpython-agrees
x = 1; y = 2; print(x + y);
if x: print("a"); print("b")
def f(): x = 5; return x
print(f())
