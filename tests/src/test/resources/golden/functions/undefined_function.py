foo(1)
