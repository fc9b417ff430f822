# cpython-agrees
# Chained comparisons of any values; each operand is evaluated once; and identity.
def v(x):
    print("v", x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 != 2, "a" < "b" < "c")
print([1, 2] < [1, 3] <= [2], (1, 2) == (1, 2) < (1, 3), 1 < 2.5 < 3)
print(v(1) < v(2) < v(0) < v(5))
print(1 in [1] in [[1]], None is None is not False)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, () == (), [] == [])
print({} == {}, {1: 2} == {1: 2.0}, {1, 2} == {2, 1}, (1, [2]) == (1, [2]))
print(None == None, None is None, None == 0, None != False)
