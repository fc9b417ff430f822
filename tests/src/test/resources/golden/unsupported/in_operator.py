x = "a" in "abc"
