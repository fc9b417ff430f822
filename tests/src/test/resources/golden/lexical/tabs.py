# cpython-agrees
if 1:
	x = 1
	if x:
		print("tab")
print("end")
