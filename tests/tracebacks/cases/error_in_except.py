def handler():
    try:
        int("x")
    except ValueError as err:
        print("handling", err)
        return err.missing


handler()
