print("hi")
x = 1 $ 2
