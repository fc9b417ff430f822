# cpython-agrees
print(int(5), int(True), int(False), int("42"), int(" -42 "), int("+7"), int("1_000"), int("007"), int())
