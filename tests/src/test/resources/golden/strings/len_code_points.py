# cpython-agrees
print(len("héllo"), len("😀"), len(""), len("日本語"), len("a\u00e9\U0001F600"))
