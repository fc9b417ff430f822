# cpython-agrees
# Annotations are accepted and never checked; module-level ones are kept in __annotations__.
x: int = 0
y: list[int] = [1, 2]
z: "str"
name: dict[str, tuple[int, ...]] = {}
print(x, y, __annotations__)
try:
    z
except NameError:
    print("z is annotated but unbound")
def f(a: int, b: str = "s", *args: float, key: bool = False, **kw: int) -> list[str]:
    local: int = 5
    return [a, b, args, key, kw, local]
print(f("not an int", 2, 3.5, key=None, q=1))
print(f.__annotations__)
wrong: int = "a string"
print(wrong, __annotations__["wrong"])
