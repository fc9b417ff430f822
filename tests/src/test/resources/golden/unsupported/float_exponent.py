y = 1
y = y + 1e3
