# cpython-agrees
if 1:
	if 1:
	    print("nested")
	print("outer")
print("end")
