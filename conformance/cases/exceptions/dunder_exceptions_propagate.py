class Boom:
    def __init__(self, where):
        self.where = where

    def _fail(self, name):
        if self.where == name:
            raise ValueError(f"{name} failed")

    def __eq__(self, other):
        self._fail("eq")
        return True

    def __hash__(self):
        self._fail("hash")
        return 1

    def __len__(self):
        self._fail("len")
        return 1

    def __iter__(self):
        self._fail("iter")
        return iter([1])

    def __getitem__(self, k):
        self._fail("getitem")
        return k

    def __contains__(self, x):
        self._fail("contains")
        return True

    def __repr__(self):
        self._fail("repr")
        return "Boom()"

    def __bool__(self):
        self._fail("bool")
        return True

    def __lt__(self, other):
        self._fail("lt")
        return True


def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except ValueError as e:
        print(label, type(e).__name__, e)


attempt("eq", lambda: Boom("eq") == 1)
attempt("list.index", lambda: [1, Boom("eq")].index(Boom("eq")))
attempt("in list", lambda: Boom("eq") in [Boom("x"), 2])
attempt("hash", lambda: {Boom("hash"): 1})
attempt("set add", lambda: {Boom("hash")})
attempt("len", lambda: len(Boom("len")))
attempt("iter", lambda: list(Boom("iter")))
attempt("getitem", lambda: Boom("getitem")[3])
attempt("contains", lambda: 3 in Boom("contains"))
attempt("repr", lambda: repr([Boom("repr")]))
attempt("str->repr", lambda: str(Boom("repr")))
attempt("f-string", lambda: f"{Boom('repr')!r}")
attempt("bool", lambda: not Boom("bool"))
attempt("if", lambda: 1 if Boom("bool") else 0)
attempt("sorted", lambda: sorted([Boom("lt"), Boom("lt")]))
attempt("max", lambda: max(Boom("lt"), Boom("lt")))
attempt("dict lookup", lambda: {1: 2}[Boom("hash")])
attempt("tuple eq", lambda: (Boom("eq"),) == (Boom("x"),))
