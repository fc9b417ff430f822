# cpython-agrees
# isdigit isalpha isalnum isspace isupper islower over many inputs, including the empty string.
for s in ["123", "12a", "abc", "ABC", "aBc", "", " ", " \t\n", "a1", "é", "Ab1", "²", "٣", "A B", "1.5", "-1", "_", "ABC1", "abc!"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
