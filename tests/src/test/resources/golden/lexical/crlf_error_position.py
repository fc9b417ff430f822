x = 1

y = q
