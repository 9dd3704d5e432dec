import traceback


def load():
    try:
        int("not a number")
    except ValueError as e:
        raise RuntimeError("load failed") from e


try:
    load()
except RuntimeError as err:
    traceback.print_exception(err)
    print("--- without chain ---")
    traceback.print_exception(err, chain=False)
    print("--- last frame only ---")
    traceback.print_exception(err, limit=-1)
