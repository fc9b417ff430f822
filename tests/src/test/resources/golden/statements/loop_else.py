# cpython-agrees
# for/while with else: the else runs when the loop ends without break (also after zero iterations).
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    pass
else:
    print("empty for: else runs")
i = 0
while i < 3:
    i += 1
else:
    print("while else after", i)
while True:
    break
else:
    print("never printed")
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    else:
        return -1
print(find([5, 6], 6), find([5, 6], 7))
for x in range(3):
    if x == 1:
        continue
    print("continue keeps else", x)
else:
    print("done")
