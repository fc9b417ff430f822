print(0 or "")
5 and "last"
