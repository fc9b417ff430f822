# cpython-agrees
total = 0
def add(n):
    global total
    for i in range(n):
        total += i
add(5)
add(3)
print(total)
