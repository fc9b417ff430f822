x = 1
if x:
    import os
