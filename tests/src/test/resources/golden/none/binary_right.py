2 - None
