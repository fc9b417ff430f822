# cpython-agrees
print("\N{LATIN SMALL LETTER E WITH ACUTE}", len("\N{BULLET}"))
