# Hand-written: an int to a negative int power keeps the Full-layer error 'Negative exponent not
# supported' (CPython gives 0.5). Uncaught, a Full runtime error keeps its message exactly.
print(2 ** -1.0)
x = 2 ** -1
