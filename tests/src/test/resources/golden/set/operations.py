# cpython-agrees
# union intersection difference symmetric_difference issubset issuperset and | & - ^ <= >= < >.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,)), a.intersection(range(3)), a.difference([1], [2]), a.union())
print({1, 2} <= a, {1, 5} <= a, a >= {1}, a >= b, {1, 2}.issubset(a), a.issuperset([1, 2]), set().issubset(a))
print({1} < {1, 2}, {1} < {1}, {1, 2} > {1}, a == {4, 3, 2, 1}, a != b, {1} == frozenset([1]))
c = a
c |= {10}
print(a, c is a)
c &= {1, 10, 11}
print(a)
c -= {1}
print(a)
c ^= {10, 20}
print(a)
print(a, b, {1, 2} | frozenset([3]), frozenset([3]) | {1, 2})
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
