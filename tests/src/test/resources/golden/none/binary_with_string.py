x = "a" + None
