# cpython-agrees
for i in range(9223372036854775805, 9223372036854775807):
    print(i)
m = -9223372036854775807 - 1
for i in range(9223372036854775807, m, -9223372036854775807):
    print(i)
for i in range(m, m + 2):
    print(i)
