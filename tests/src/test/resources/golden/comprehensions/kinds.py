# cpython-agrees
# List, dict and set comprehensions and generator expressions, with several for and if clauses.
print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0], [c.upper() for c in "abc"])
print([(x, y) for x in range(3) for y in range(x)], [x + y for x in "ab" for y in "12" if y != "2" or x == "a"])
print([x for x in range(20) if x % 2 if x % 3], [[y for y in range(x)] for x in range(4)])
print({x: x % 3 for x in range(6)}, {k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]}, {x % 3 for x in range(10)})
print(sum(x for x in range(5)), list(x * 2 for x in [1, 2]), max(len(w) for w in ["a", "abc", "ab"]), tuple(i for i in "xy"))
g = (n * 10 for n in range(3))
print(next(g), list(g), list(g))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1], [[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row], any(x > 5 for x in range(7)), all(x < 3 for x in []), sorted({c for c in "banana"}))
