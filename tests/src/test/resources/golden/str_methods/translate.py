# cpython-agrees
# str.translate with a dict table and str.maketrans in its three forms (errors too); callable().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "abc".translate({97: "x", 98: None, 99: 100}))
t(lambda: "hello".translate(str.maketrans("el", "ip")))
t(lambda: "hello world".translate(str.maketrans("", "", "lo")))
t(lambda: "abc".translate(str.maketrans({"a": "1", 98: "2", "c": None})))
t(lambda: str.maketrans("ab", "xyz"))
t(lambda: str.maketrans("ab"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans("a", 2))
t(lambda: "abc".translate({97: 1.5}))
t(lambda: "abc".translate(5))
t(lambda: callable(len), )
t(lambda: [callable(x) for x in (len, int, print, lambda: 0, "s".upper, 1, "x", None, [], ValueError)])
