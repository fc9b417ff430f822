# cpython-agrees
from __future__ import annotations
# With postponed evaluation, annotations are kept as strings and may name anything.
count: int = 1
items: list[Undefined] = []
def g(a: NotDefinedAnywhere, b: int = 2) -> Whatever:
    return a + b
print(count, items, g(1), __annotations__, g.__annotations__)
