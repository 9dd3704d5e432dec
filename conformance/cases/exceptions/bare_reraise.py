def reraise_simple():
    try:
        raise KeyError("k")
    except KeyError:
        print("handling")
        raise


def reraise_after_nested():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise


def reraise_after_finally():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            pass
        finally:
            print("finally ran")
        raise


def reraise_in_nested_handler():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            raise


def reraise_in_function_called_from_handler():
    def helper():
        raise

    try:
        raise IndexError("deep")
    except IndexError:
        helper()


def reraise_no_active():
    raise


def reraise_after_handler_finished():
    try:
        raise ValueError("gone")
    except ValueError:
        pass
    raise


for fn in [reraise_simple, reraise_after_nested, reraise_after_finally,
           reraise_in_nested_handler, reraise_in_function_called_from_handler,
           reraise_no_active, reraise_after_handler_finished]:
    try:
        fn()
    except BaseException as e:
        print(fn.__name__, type(e).__name__, e, repr(e.__context__))
