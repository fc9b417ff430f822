# cpython-agrees
# An iterator shows as CPython's default repr, <type object at 0x...>; the address varies, so only its form is printed.
for it in (iter([]), iter(()), iter(""), iter(range(2)), iter({}), iter(set()), enumerate([]), zip(), map(str, []), filter(None, []), (x for x in [])):
    r = repr(it)
    print(r[:r.index(" at 0x")], r.endswith(">"), type(it).__name__)
