# Nested for-range loops: 1,000,000 inner iterations of integer arithmetic and a comparison.
def grid(n):
    count = 0
    for i in range(n):
        for j in range(n):
            if (i * j + j) % 7 == 3:
                count += i - j
    return count


result = grid(1000)
