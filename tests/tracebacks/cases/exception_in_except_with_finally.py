def cleanup():
    raise OSError("cleanup failed")


def work():
    try:
        return [][0]
    except IndexError:
        raise ValueError("no items")
    finally:
        cleanup()


work()
