# A while loop summing 10,000,000 integers (locals of a function, as a Python programmer writes it).
def total(n):
    i = 0
    s = 0
    while i < n:
        s += i
        i += 1
    return s


result = total(10000000)
