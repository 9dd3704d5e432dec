class Bad(Exception):
    def __str__(self):
        raise ValueError("cannot render")


def fail():
    raise Bad()


fail()
