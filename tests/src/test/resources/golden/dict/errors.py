# cpython-agrees
# KeyError (its str is the repr of the key), unhashable keys, popitem on an empty dict.
d = {"a": 1}
for key in ["x", 5, (1, 2), "it's", ""]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
try:
    del d["missing"]
except KeyError as e:
    print("del: KeyError", e)
try:
    d.pop("missing")
except KeyError as e:
    print("pop: KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem: KeyError", e)
for bad in [[1], {1: 2}, {1}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("display: TypeError", e)
try:
    d.get([])
except TypeError as e:
    print("get: TypeError", e)
try:
    [] in d
except TypeError as e:
    print("in: TypeError", e)
print(isinstance(KeyError("k"), LookupError))
