# cpython-agrees
# Reading slices a[i:j:k] with negative and out-of-range bounds; a slice is a new list.
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5], xs[:3], xs[7:], xs[:], xs[-3:], xs[:-3], xs[-5:-2])
print(xs[::2], xs[1::2], xs[::-1], xs[::-3], xs[8:2:-2], xs[2:8:-1], xs[-1:-4:-1])
print(xs[5:2], xs[100:], xs[-100:2], xs[3:100], xs[-100:100:3], xs[100:-100:-4])
print(xs[None:3], xs[3:None], xs[::None], xs[True:3])
ys = xs[:]
ys[0] = 99
print(xs[0], ys[0], xs[:] == xs, xs[:] is xs)
print([][1:2], [1][5:], (0, 1, 2, 3)[1:3], (0, 1, 2, 3)[::-1], "hello"[1:4], "hello"[::-1], range(10)[2:8:3])
try:
    xs[::0]
except ValueError as e:
    print("ValueError", e)
