# cpython-agrees
# Augmented assignment to attributes: function objects are the only attribute targets in the Data
# layer (classes come with Objects).
def f():
    return f.calls
f.calls = 0
f.calls += 1
f.calls += 1
print(f(), f.calls)
f.log = []
f.log += ["x"]
f.log += "yz"
print(f.log)
try:
    f.missing += 1
except AttributeError as e:
    print("AttributeError", e)
