log = []


def level3():
    try:
        log.append("l3 try")
        raise KeyError("deep")
    finally:
        log.append("l3 finally")


def level2():
    try:
        level3()
    except ValueError:
        log.append("l2 wrong handler")
    finally:
        log.append("l2 finally")


def level1():
    try:
        level2()
    except LookupError as e:
        log.append(f"l1 caught {e!r}")
        return "handled"
    finally:
        log.append("l1 finally")


print(level1())
print(log)
log.clear()


def convert_errors():
    try:
        try:
            try:
                1 / 0
            except ZeroDivisionError as e:
                raise ValueError("v") from e
        except ValueError as e:
            raise TypeError("t") from e
    except TypeError as e:
        chain = []
        while e:
            chain.append(type(e).__name__)
            e = e.__cause__
        return chain


print(convert_errors())


def finally_chain():
    try:
        try:
            raise KeyError("a")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("caught a")
        try:
            raise IndexError("b")
        except IndexError as e:
            log.append(f"caught b with context {e.__context__!r}")
    finally:
        log.append("outer finally")


finally_chain()
print(log)
