# cpython-agrees
print(-7 // 2, 7 // -2, -7 // -2, 7 // 2, -1 // 2, 0 // -3)
