# cpython-agrees
# Sets print and iterate in CPython's hash-table order: for ints it depends on the value modulo the
# table size (8 slots until a set holds 5 items), so order is not always ascending. hash(-1) is -2.
print({10, 1, 5, 3, 8}, {8, 1}, {9, 1}, {1, 9}, {16, 0, 8}, {0, 8, 16})
print({-1, -2, 0}, {-3, 3}, {100, 2}, {2, 100}, set(range(10, 0, -1)))
s = set()
for x in [7, 15, 3, 11]:
    s.add(x)
print(s, list(s))
for x in {4, 2, 6}:
    print(x)
s = {1, 2, 3}
s.remove(1)
s.add(9)
print(s, s.pop(), s)
print({True, 2}, {2, True}, {1.5, 1}, {0.5, 3})
print(sorted({10, 1, 5, 3, 8}), list({30, 20, 10}))
