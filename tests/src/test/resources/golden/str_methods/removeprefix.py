# cpython-agrees
# str.removeprefix and str.removesuffix (3.9): remove the affix once if present.
print("prefix_x".removeprefix("prefix_"), "x".removeprefix("prefix_"), "aaa".removeprefix("a"))
print("file.py".removesuffix(".py"), "a".removesuffix(""), "".removeprefix(""), "é😀".removesuffix("😀"))
for bad in (lambda: "a".removeprefix(1), lambda: "a".removesuffix(None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
