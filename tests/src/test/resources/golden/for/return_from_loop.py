# cpython-agrees
def first_square_over(n):
    for i in range(100):
        if i * i > n:
            return i
    return -1
print(first_square_over(30), first_square_over(100000))
