# cpython-agrees
print("""line1
line2""")
s = """she said "hi" and 'bye'"""
print(s)
t = '''a
"b"\tc'''
print(t, len(t))
print("""""")
