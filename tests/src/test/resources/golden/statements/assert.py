# cpython-agrees
# assert: passes silently, or raises AssertionError with the optional message (evaluated only on failure).
assert True
assert 1 == 1, "never"
assert [0]
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(str(e)), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ["a", "list"]
except AssertionError as e:
    print("AssertionError", e, e.args)
def boom():
    print("message evaluated")
    return "msg"
assert 1, boom()
try:
    assert 0, boom()
except AssertionError as e:
    print(e)
print(isinstance(AssertionError(), Exception))
