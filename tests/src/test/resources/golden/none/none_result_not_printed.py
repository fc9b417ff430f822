print("x")
None
