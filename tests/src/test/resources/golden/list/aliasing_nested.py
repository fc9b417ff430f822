# cpython-agrees
# Lists are mutable and shared by reference; [x] * n repeats references.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, 2]
b = [a, a]
a.append(3)
print(b, b[0] is b[1])
def add(xs, x):
    xs.append(x)
add(a, 4)
print(a)
c = a.copy()
c[0] = "c"
print(a, c)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), nested[-1][-1][-1])
inner = nested[1]
inner[0] = "two"
print(nested)
t = ([1], 2)
t[0].append(5)
print(t)
