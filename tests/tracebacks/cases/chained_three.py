try:
    try:
        [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    raise TypeError("third") from e
