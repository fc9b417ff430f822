# cpython-agrees
# try with except, else and finally in every combination; the order in which the blocks run.
def run(fail):
    try:
        print(" body")
        if fail:
            raise ValueError("v")
    except ValueError as e:
        print(" except", e)
    else:
        print(" else")
    finally:
        print(" finally")
for fail in [False, True]:
    print("fail =", fail)
    run(fail)
try:
    print("try/finally")
finally:
    print("finally runs")
try:
    pass
except Exception:
    print("never")
else:
    print("else without error")
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally while propagating")
except KeyError as e:
    print("outer caught", repr(e))
def ret():
    try:
        return "from try"
    finally:
        print("finally before return")
print(ret())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    for i in range(3):
        try:
            raise ValueError
        finally:
            continue
    return "loop ended"
print(swallow())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally on", i)
