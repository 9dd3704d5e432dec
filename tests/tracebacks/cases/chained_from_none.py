def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"missing {k}") from None


lookup({}, "z")
