x = 2
y = x + "a"
