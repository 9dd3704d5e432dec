# An uncaught exception raised while handling another ends the run with the last one.
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise LookupError(f"missing {key}") from e


def main():
    print(load("a"))
    try:
        load("b")
    except LookupError as e:
        print("handled:", e, type(e.__cause__).__name__)
    try:
        {}["x"]
    except KeyError:
        int("not a number")


main()
