s = "abc"
c = s[0]
