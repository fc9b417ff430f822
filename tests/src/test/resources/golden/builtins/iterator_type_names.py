# cpython-agrees
# Each iterator's class is named as CPython names it, reversed ones included.
for x in [[1, 2], (1, 2), "ab", range(3), {1: 2}, {1: 2}.keys(), {1: 2}.values(), {1: 2}.items()]:
    r = reversed(x)
    print(type(r).__name__, list(r))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter(range(1))).__name__, type(iter({})).__name__, type(iter(set())).__name__)
print(type({}.keys()).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__, type(filter(None, [])).__name__)
