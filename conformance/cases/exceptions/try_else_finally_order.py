log = []


def run(fail):
    try:
        log.append("body")
        if fail:
            raise ValueError(fail)
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")


run(None)
print(log)
log.clear()
run("boom")
print(log)


def else_raises():
    try:
        pass
    except ValueError:
        print("not reached: else errors are not handled by this try")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else")


try:
    else_raises()
except ValueError as e:
    print("outer caught", e)


def handler_raises():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("from handler")
    except ValueError:
        print("never: sibling handlers do not catch")
    finally:
        print("finally after handler")


try:
    handler_raises()
except ValueError as e:
    print("outer caught", e, repr(e.__context__))


def unhandled_type():
    try:
        raise TypeError("t")
    except ValueError:
        print("no")
    finally:
        print("finally still runs")


try:
    unhandled_type()
except TypeError as e:
    print("propagated", e)
