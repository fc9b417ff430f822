# cpython-agrees
# The in-place set methods: intersection_update, difference_update (several iterables each) and
# symmetric_difference_update; a frozenset has none of them.
a = {1, 2, 3, 4}
print(a.intersection_update([2, 3, 4], (3, 4, 5)), a)
a.difference_update([4], [9])
print(a)
a.symmetric_difference_update([3, 7])
print(a)
a.intersection_update()
print(a)
b = {"x", "y"}
b.difference_update("x")
print(b)
try:
    frozenset([1]).intersection_update([1])
except AttributeError as e:
    print("AttributeError", e)
