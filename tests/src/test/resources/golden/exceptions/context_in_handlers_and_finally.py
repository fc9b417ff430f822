# cpython-agrees
# __context__ of exceptions caught inside an except handler or a finally block that runs for an
# exception, runtime errors included; a bare raise in such a finally re-raises what propagates.

try:
    raise ValueError("outer")
except ValueError:
    try:
        1 // 0
    except ZeroDivisionError as e:
        print("runtime error in a handler:", repr(e.__context__))
    try:
        {}["k"]
    except KeyError as e:
        print("KeyError in a handler:", repr(e.__context__))
    try:
        raise TypeError
    except TypeError as e:
        print("raise in a handler:", repr(e.__context__))
    try:
        raise
    except ValueError as e:
        print("bare raise, caught again:", repr(e), repr(e.__context__))

try:
    try:
        raise ValueError("a")
    finally:
        try:
            raise KeyError("b")
        except KeyError as e:
            print("in finally:", repr(e.__context__))
except ValueError as e:
    print("the finally's exception goes on:", repr(e), repr(e.__context__))

try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
except Exception as e:
    print("raised by finally:", repr(e), repr(e.__context__))

try:
    try:
        raise ValueError("a")
    finally:
        [][1]
except Exception as e:
    print("runtime error in finally:", type(e).__name__, repr(e.__context__))

try:
    try:
        raise ValueError("a")
    finally:
        raise
except Exception as e:
    print("bare raise in finally:", repr(e))

try:
    try:
        pass
    finally:
        raise
except RuntimeError as e:
    print("bare raise in a finally with nothing raised:", e)

try:
    raise KeyError("h")
except KeyError:
    try:
        pass
    finally:
        try:
            raise
        except KeyError as e:
            print("bare raise in a finally inside a handler:", repr(e))


def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "returned"
        finally:
            print("finally", i)


print(f())
try:
    raise ValueError("v")
except ValueError:
    try:
        try:
            raise IndexError("i")
        finally:
            print("finally during IndexError inside a handler")
    except IndexError as e:
        print(repr(e.__context__))
