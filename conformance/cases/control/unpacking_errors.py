def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)


def two_from_three():
    a, b = [1, 2, 3]


def three_from_two():
    a, b, c = [1, 2]


def from_int():
    a, b = 5


def from_none():
    a, b = None


def star_short():
    a, b, *c, d = [1, 2]


def star_from_int():
    a, *b = 3


def too_many_from_gen():
    a, b = (x for x in range(10))


def too_few_from_gen():
    a, b, c = (x for x in range(1))


def from_string():
    a, b = "abc"


def from_dict():
    a, b, c = {"x": 1}


def nested_short():
    a, (b, c) = 1, (2,)


def one_from_empty():
    (a,) = []


def empty_star():
    *a, b = []


def from_float():
    a, b = 1.5


class BadIter:
    def __iter__(self):
        raise ValueError("iter exploded")


def from_bad_iter():
    a, b = BadIter()


class BadNext:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("next exploded")


def from_bad_next():
    a, b = BadNext()


def for_target():
    for a, b in [(1, 2), (3,)]:
        pass


for label, fn in [("2<-3", two_from_three), ("3<-2", three_from_two), ("int", from_int),
                  ("None", from_none), ("star short", star_short), ("star int", star_from_int),
                  ("gen many", too_many_from_gen), ("gen few", too_few_from_gen),
                  ("str", from_string), ("dict", from_dict), ("nested", nested_short),
                  ("empty", one_from_empty), ("empty star", empty_star), ("float", from_float),
                  ("bad iter", from_bad_iter), ("bad next", from_bad_next),
                  ("for target", for_target)]:
    attempt(label, fn)
x, y = range(3)
