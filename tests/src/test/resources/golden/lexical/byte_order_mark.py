# cpython-agrees
print("bom")
