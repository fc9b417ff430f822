# cpython-agrees
# append extend insert pop remove index count reverse copy clear.
xs = [3, 1, 2]
print(xs.append(4), xs)
xs.extend([5, 6])
xs.extend((7,))
xs.extend("ab")
xs.extend(range(2))
print(xs)
xs = [1, 2, 3]
xs.insert(0, 0)
xs.insert(2, 1.5)
xs.insert(100, 9)
xs.insert(-1, 8)
xs.insert(-100, -1)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(1), xs)
xs = [1, 2, 3, 2, 1]
xs.remove(2)
print(xs, xs.index(1), xs.index(1, 1), xs.index(2, 0, 3), xs.count(1), xs.count(7), [1, 1.0, True].count(1))
xs.reverse()
print(xs)
ys = xs.copy()
ys.append(0)
print(xs, ys, ys.clear(), ys)
e = []
e.extend(e)
xs = [1, 2]
xs.extend(xs)
print(e, xs)
