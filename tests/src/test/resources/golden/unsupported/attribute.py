s = "abc"
t = s.upper()
