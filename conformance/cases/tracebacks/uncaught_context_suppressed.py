try:
    {}["k"]
except KeyError:
    raise RuntimeError("clean message") from None
