# The TypeError messages for wrong argument counts and keywords, across built-in functions and
# methods (their wording differs by how CPython declares each one).
cases = [
    lambda: (5).to_bytes(extra=1), lambda: (5).to_bytes(1, 2, 3), lambda: int.from_bytes(),
    lambda: sorted(), lambda: sorted([], foo=1), lambda: [].sort(foo=1), lambda: [].sort(1),
    lambda: round(), lambda: round(1, 2, 3), lambda: round(x=1), lambda: pow(1),
    lambda: (5).to_bytes(1, length=2), lambda: [].index(), lambda: [].insert(1),
    lambda: [].append(), lambda: [].append(1, 2), lambda: [].pop(1, 2), lambda: {}.get(),
    lambda: {}.pop(), lambda: set().add(), lambda: (1).__round__(1, 2), lambda: divmod(1),
    lambda: min(), lambda: max(foo=1), lambda: print(foo=1), lambda: sum(), lambda: sum([], 0, 1),
    lambda: sum(start=1), lambda: int(1, 2, 3), lambda: int(base=2), lambda: float(1, 2),
    lambda: float(x=1), lambda: list(1, 2), lambda: list(x=1), lambda: tuple(1, 2),
    lambda: dict(1, 2), lambda: set(1, 2), lambda: set(x=1), lambda: frozenset(x=1),
    lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(x=1), lambda: enumerate(),
    lambda: enumerate(x=1), lambda: zip(x=1), lambda: map(), lambda: map(1), lambda: filter(),
    lambda: reversed(), lambda: reversed([], 1), lambda: iter(), lambda: next(), lambda: len(),
    lambda: abs(), lambda: bool(1, 2), lambda: bool(x=1), lambda: slice(), lambda: slice(1, 2, 3, 4),
    lambda: isinstance(1), lambda: hash(), lambda: ascii(), lambda: chr(), lambda: ord(),
    lambda: getattr(1), lambda: format(), lambda: format(1, 2, 3), lambda: callable(),
    lambda: id(), lambda: dir(1, 2), lambda: repr(), lambda: bin(), lambda: any(), lambda: all(),
    lambda: [].count(), lambda: ().index(), lambda: [].copy(1), lambda: {}.keys(1),
    lambda: [].reverse(1), lambda: [].clear(1), lambda: set().pop(1), lambda: (1.5).hex(1),
    lambda: float.fromhex(), lambda: (1).bit_length(1), lambda: {}.fromkeys(),
    lambda: {}.setdefault(), lambda: {}.update(1, 2), lambda: {}.popitem(1), lambda: [].extend(),
    lambda: [].remove(), lambda: range(3).index(), lambda: range(3).count(),
    lambda: print(sep=1), lambda: print(end=2), lambda: [].append(x=1), lambda: [].index(x=1),
    lambda: {}.get(x=1), lambda: range(3).count(x=1), lambda: [].pop(x=1), lambda: set().add(x=1),
    lambda: ().count(x=1), lambda: {}.keys(x=1), lambda: (1).bit_length(x=1),
    lambda: [].insert(1, x=2), lambda: set().isdisjoint(x=1), lambda: set().union(x=1),
    lambda: divmod(x=1), lambda: len(x=1), lambda: (1).conjugate(1), lambda: (1).as_integer_ratio(1),
    lambda: (1.0).conjugate(1), lambda: (1.0).is_integer(1), lambda: slice(1).indices(),
    lambda: dict.fromkeys(), lambda: {}.values(1), lambda: {}.items(1), lambda: {}.copy(1),
    lambda: {}.clear(1), lambda: set().clear(1), lambda: set().copy(1), lambda: set().discard(),
    lambda: set().remove(), lambda: set().issubset(), lambda: set().symmetric_difference(),
    lambda: set().symmetric_difference_update(), lambda: set().issuperset(),
    lambda: {}.keys().isdisjoint(), lambda: str(1, 2, 3, 4), lambda: input(1, 2),
    lambda: pow(1, 2, 3, 4), lambda: pow(base=1, exp=2, mod=3, x=4), lambda: round(number=1, ndigits=2, x=3),
    lambda: issubclass(int), lambda: setattr(1, 2), lambda: delattr(1), lambda: hasattr(1),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
