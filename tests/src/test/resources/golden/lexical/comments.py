# cpython-agrees
# a comment line
x = 1  # trailing comment
   # indented comment line
print(x)  # another
print("# not a comment")
#
