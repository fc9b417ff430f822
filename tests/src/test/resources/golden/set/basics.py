# cpython-agrees
# Set displays and set(); add remove discard pop. Sets of small ints print in ascending order (their
# hash order in a fresh table); the harder cases of CPython's order are in print_order.py.
s = {3, 1, 2, 3}
print(s, len(s), set(), set([2, 2, 1]), set("aa"), set(range(5)), set({1: "a"}), type(s))
s.add(0)
s.add(3)
print(s, 0 in s, 9 in s, 9 not in s)
s.remove(0)
print(s.discard(1), s.discard(100), s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
e = {5}
print(e.pop(), e, bool(e), bool({0}))
try:
    e.pop()
except KeyError as ex:
    print("KeyError", ex)
print({(1, 2), (1, 2)}, {None}, {"only"})
try:
    {[1], 2}
except TypeError as ex:
    print("TypeError", ex)
try:
    s.add({})
except TypeError as ex:
    print("TypeError", ex)
