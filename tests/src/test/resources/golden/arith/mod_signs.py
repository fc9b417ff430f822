# cpython-agrees
print(-7 % 2, 7 % -2, -7 % -2, 7 % 2, 0 % 5, -6 % 3, 5 % -10)
