# cpython-agrees
print(print, len, abs, min, max)
