# The training run for the launcher's AOT cache (see scripts/lib/build-runtime.sh): a little of
# everything, so that the classes of the lexer, parser, translator, nodes, builtins and error reports
# are in the cache. It must stay valid PyRust and print nothing alarming: the build discards its output.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def make_adder(k):
    def add(x):
        return x + k
    return add

total = 0
for i in range(1000):
    total += make_adder(i)(1) % 7
s = ""
while len(s) < 50:
    s = s + str(len(s)) + "x" * 2
print(fib(15), total, s, abs(-3), min(1, 2), max("a", "b"), int("42"), 2 ** 10, 7 // 2, -7 % 3, 1 < 2 <= 3)
print(True and None, not 0, 1 is 1, "a" != "b")
