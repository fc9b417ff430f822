	x = 1
	if x:
		print("tab")
	x
