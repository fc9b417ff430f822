# top comment

   
    x = 3
# a comment at column 1
    print(x)
