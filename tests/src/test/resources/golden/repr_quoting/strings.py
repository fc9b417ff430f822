# cpython-agrees
# repr of strings: the quote CPython chooses, escapes of control characters, non-ASCII kept.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "", "tab\there", "new\nline", "cr\r", "back\\slash",
          "\x00\x07\x1b\x7f", "é€😀", "\u200b", "\x85\xa0", "'", '"', "\\n"]:
    print(repr(s), len(repr(s)))
print(["it's", 'x'], ("a\nb",), {"k'": "v\""}, str("it's"), repr(repr("a")))
print(repr(1), repr(1.0), repr(True), repr(None), repr([None, True]), repr((1,)), repr(()), repr({}), repr(set()))
