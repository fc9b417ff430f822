# cpython-agrees
def make(start):
    def get():
        return start
    start = start + 1
    return get
a = make(1)
b = make(10)
print(a(), b(), a())
