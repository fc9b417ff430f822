# cpython-agrees
# f-strings: expressions, !r !s conversions, braces, nesting quotes, the '=' specifier.
x = 42
s = "it's"
items = [1, "a"]
print(f"x={x}", f"{x + 1}", f"{s}", f"{s!r}", f"{s!s}", f"{items}", f"{items!r}", f"{None}", f"{1.5}")
print(f"{{}}", f"{{x}}", f"{{{x}}}", f"a{x}b{x}c", f"", f"{'nested'}", f'{"dq"}', f"{x:}")
print(f"{x=}", f"{x = }", f"{s=}", f"{x + 1=}", f"{items[0]=}", f"{x=:5}", f"{s=!s}", f"{1.5=:.2f}")
d = {"k": "v"}
print(f"{d['k']}", f"{len(items)}", f"{'yes' if x else 'no'}", f"{[i * 2 for i in range(3)]}", f"{x:{'>'}{6}}")
print(f"""triple {x}
line two {s!r}""")
print(F"upper {x}", rf"raw \n {x}", fr"{x}\t")
