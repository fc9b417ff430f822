# cpython-agrees
print("héllo wörld ✓")
print("日本語", "😀")
