# cpython-agrees
# list dict tuple set frozenset float bool str int repr: construction and conversion.
print(list("ab"), dict([(1, 2)]), tuple([1]), set([1, 1]), frozenset([2]), float("2"), bool([]), str(2.0), int("7"), repr("r"))
print(bool(0), bool(0.0), bool(-0.0), bool(""), bool(" "), bool(None), bool(()), bool({}), bool(set()), bool(range(0)), bool(float("nan")))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset())
print(int("0"), int("-0"), int(" 12 "), int(-3.99), int(True), int("0010"), str(-0.0), str(True), str([None]))
print(repr(1.5), repr("a'b"), repr([1.0, "x"]), repr(None), repr((None,)), str("a'b"), str(("a",)))
for bad in [lambda: int("1e3"), lambda: int(""), lambda: int("12a"), lambda: int(None), lambda: int([1])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
