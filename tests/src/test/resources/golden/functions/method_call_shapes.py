# cpython-agrees
# Calls whose callee is an attribute: bound methods of builtins with every argument count, the type's
# own function called with the receiver first, a function stored as an attribute, keywords, and the
# errors of a wrong count or of a value that is not callable.
xs = [3, 1, 2]
xs.append(4)
xs.insert(0, 9)
print(xs, xs.pop(), xs.pop(0), xs.index(1), xs.count(2))
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("c", 5), d)
print(str.upper("abc"), list.copy(xs), "-".join(["a", "b"]), " x ".strip(), "a,b".split(","))
def f(x):
    return x * 2
f.helper = lambda y: y + 1
print(f.helper(41), f.__name__.upper())
xs.sort(reverse=True)
print(xs, sorted(xs, key=lambda v: -v))
for call in (lambda: xs.append(), lambda: xs.append(1, 2), lambda: d.get(), lambda: "".join(1)):
    try:
        call()
    except TypeError as e:
        print(e)
try:
    f.__name__()
except TypeError as e:
    print(e)
