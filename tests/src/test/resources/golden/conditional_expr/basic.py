# cpython-agrees
# a if c else b: only the chosen branch is evaluated; it binds more loosely than 'or'.
def loud(x):
    print("eval", x)
    return x
print(1 if True else 2, 1 if False else 2, "yes" if [] else "no", "yes" if [0] else "no")
print(loud("a") if loud(0) else loud("b"))
print(loud("a") if loud(1) else loud("b"))
x = 5
print("neg" if x < 0 else "zero" if x == 0 else "pos")
x = 0
print("neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 if 0 or 2 else 3, (1 if 0 else 2) + 10, 1 if 0 else 2 + 10)
f = lambda n: "even" if n % 2 == 0 else "odd"
print([f(n) for n in range(4)])
print([n if n % 2 else -n for n in range(5) if n != 3])
y = 1 / 0 if False else 7
print(y)
