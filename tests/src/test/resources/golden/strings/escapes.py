# cpython-agrees
print("a\tb|\\|\'|\"|it's|say \"hi\"")
print('single \'q\' "d"')
print("\x41\x42\101\u00e9\U0001F600")
print(len("\a\b\f\v\r\0"), len("\n"), len("\\"), "\a\b\f\v\r\0" == "\x07\x08\x0c\x0b\x0d\x00")
print("line1\nline2")
print("cont\
inued")
