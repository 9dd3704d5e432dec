def show_chain(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e})")
        e = e.__context__
    print(" <- ".join(parts))


try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    show_chain(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            {}["x"]
        except KeyError:
            int("y")
except ValueError as e:
    show_chain(e)

try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("in finally")
except ValueError as e:
    show_chain(e)

try:
    try:
        raise KeyError("a")
    except KeyError:
        pass
    raise ValueError("after handled")
except ValueError as e:
    show_chain(e)

err = TypeError("reused")
try:
    try:
        raise err
    except TypeError as e:
        raise e
except TypeError as e:
    show_chain(e)
    print(e is err)

try:
    try:
        raise ValueError("one")
    except ValueError as first:
        try:
            raise KeyError("two")
        except KeyError as second:
            raise first
except ValueError as e:
    show_chain(e)
