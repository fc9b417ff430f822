print("hello")
'single'
