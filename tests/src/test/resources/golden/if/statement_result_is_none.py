if 1:
    5
