# cpython-agrees
é = 5
naïve = é * 2
日本 = naïve + 1
print(é, naïve, 日本)
