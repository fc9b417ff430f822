# cpython-agrees
# A method taken from a value shows as CPython's <built-in method NAME of TYPE object at 0x...>; the
# address varies, so only the text before it is printed.
for m in ([].append, "s".upper, {}.get, {1}.add, (1,).count, dict.fromkeys, "".removeprefix):
    r = repr(m)
    print(r[:r.index(" at 0x")], r.endswith(">"))
