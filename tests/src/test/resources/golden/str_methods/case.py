# cpython-agrees
# upper lower capitalize title swapcase, on ASCII and non-ASCII text.
for s in ["hello World", "ÉCOLE été", "they're bill's friends", "hELLO 123abc", "", "ß", "ǆ x"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
