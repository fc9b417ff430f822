print(str, int)
len