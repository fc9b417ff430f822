x = 1
s = """never closed
x = 2
