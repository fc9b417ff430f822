# cpython-agrees
def f():
    pass
if 1:
    pass
else:
    pass
for i in range(2):
    pass
while 0:
    pass
print(f(), i)
pass
