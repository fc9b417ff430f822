# cpython-agrees
# partition and rpartition: always a 3-tuple; the separator may be missing or at the ends.
for s in ["key=value", "a=b=c", "novalue", "=start", "end=", ""]:
    print(s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError", e)
