class AppError(Exception):
    pass


def convert(s):
    try:
        return float(s)
    except ValueError as e:
        raise AppError(f"cannot convert {s!r}") from e


convert("x1")
