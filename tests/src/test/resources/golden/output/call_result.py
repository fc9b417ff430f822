def get_value():
    return 100
get_value()
