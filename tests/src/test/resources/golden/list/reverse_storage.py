# cpython-agrees
# reverse() in place for lists of ints, of floats and of mixed values, even and odd lengths, and the
# list still takes any value afterwards.
for xs in ([1, 2, 3, 4], [1.5, -0.0, 2.5], [1, "a", None, 2.0, (3,)], [], [7]):
    ys = xs
    xs.reverse()
    print(xs, ys is xs)
    xs.append("end")
    xs.reverse()
    print(xs)
